package org.sipqm.export.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.EvaluationFilter;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.Exporter;
import org.sipqm.model.evaluation.Evaluation;

/** The choices made so far on the wizard's pages, shared by both pages and Finish. */
public final class ExportChoices {

	private final Workspace workspace;
	private final List<Evaluation> selected;
	private boolean useSelection;
	private EvaluationFilter filter = EvaluationFilter.ALL;
	private List<Exporter> exporters = List.of();
	private Audience audience = Audience.SHARED;
	private Path folder;

	/**
	 * @param workspace the open workspace
	 * @param selected  the evaluations selected in the navigator when the wizard opened, possibly none
	 */
	public ExportChoices(Workspace workspace, List<Evaluation> selected) {
		this.workspace = workspace;
		this.selected = List.copyOf(selected);
		this.useSelection = !selected.isEmpty();
	}

	public Workspace workspace() {
		return workspace;
	}

	public List<Evaluation> selected() {
		return selected;
	}

	public boolean useSelection() {
		return useSelection;
	}

	public void setUseSelection(boolean useSelection) {
		this.useSelection = useSelection && !selected.isEmpty();
	}

	public EvaluationFilter filter() {
		return filter;
	}

	public void setFilter(EvaluationFilter filter) {
		this.filter = filter;
	}

	/** Returns the evaluations to export: the navigator's selection or those the filter matches. */
	public List<Evaluation> evaluations() {
		return useSelection ? selected : filter.select(workspace);
	}

	public List<Exporter> exporters() {
		return exporters;
	}

	public void setExporters(List<Exporter> exporters) {
		this.exporters = List.copyOf(exporters);
	}

	public Audience audience() {
		return audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public Path folder() {
		return folder;
	}

	public void setFolder(Path folder) {
		this.folder = folder;
	}

	/** Returns the chosen exporters that support the chosen audience. */
	public List<Exporter> exportersForAudience() {
		List<Exporter> result = new ArrayList<>();
		for (Exporter exporter : exporters) {
			if (exporter.audiences().contains(audience)) {
				result.add(exporter);
			}
		}
		return result;
	}

	public ExportRequest request() {
		return new ExportRequest(workspace, evaluations(), audience);
	}
}
