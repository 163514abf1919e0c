package org.sipqm.compare.export;

import java.util.Objects;

import org.sipqm.compare.CoverageCalculator;
import org.sipqm.compare.CoverageReport;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.model.crosswalk.Crosswalk;

/**
 * The subject of a coverage report: a crosswalk with the local and the national framework that it
 * links. Pass it to {@link org.sipqm.export.Exporter#export(Object, org.sipqm.core.redaction.Audience,
 * java.io.OutputStream, org.sipqm.export.ExportMonitor)} of an exporter of kind {@value #KIND}.
 */
public record CrosswalkCoverage(Crosswalk crosswalk, CriterionIndex local, CriterionIndex national) {

	/** The kind of the coverage report's exporters, one per file format. */
	public static final String KIND = "coverage-report";

	public CrosswalkCoverage {
		Objects.requireNonNull(crosswalk, "crosswalk");
		Objects.requireNonNull(local, "local");
		Objects.requireNonNull(national, "national");
	}

	/** Computes the coverage of every national schedule, as the crosswalk view shows it. */
	public CoverageReport report() {
		return CoverageCalculator.compute(crosswalk, local, national);
	}
}
