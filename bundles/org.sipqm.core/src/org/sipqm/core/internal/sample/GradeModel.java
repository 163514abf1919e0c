package org.sipqm.core.internal.sample;

import java.util.List;

import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.organisation.Term;

/**
 * Draws grades on the four-column scale for one local authority in one term. The authority's
 * quality sets the mean, each section has a lasting strength or weakness of its own, and
 * practice improves a little each term.
 */
final class GradeModel {

	private static final double IMPROVEMENT_PER_TERM = 0.15;
	private static final double SECTION_SPREAD = 0.35;
	private static final double CRITERION_SPREAD = 0.55;

	private final AuthorityPlan authority;
	private final double termMean;
	private final SampleRandom random;

	GradeModel(AuthorityPlan authority, Term term, SampleRandom random) {
		this.authority = authority;
		this.termMean = authority.quality() - IMPROVEMENT_PER_TERM * term.getValue();
		this.random = random;
	}

	/**
	 * Draws the grade of one criterion of a section. A negative bias gives better grades, as LAs
	 * judging their own practice tend to.
	 */
	Grade draw(String section, double bias) {
		double mean = termMean + sectionOffset(section) + bias;
		return grade(mean + CRITERION_SPREAD * random.gaussian());
	}

	/** Returns the rounded mean of the grades, ignoring criteria that were not judged. */
	static Grade mean(List<Grade> grades) {
		int sum = 0;
		int count = 0;
		for (Grade grade : grades) {
			if (grade != Grade.NOT_JUDGED) {
				sum += grade.getValue();
				count++;
			}
		}
		return count == 0 ? Grade.NOT_JUDGED : Grade.get((2 * sum + count) / (2 * count));
	}

	/** Returns the section's offset, the same in every term because it depends on the section only. */
	private double sectionOffset(String section) {
		return SECTION_SPREAD * new SampleRandom(SampleRandom.derive(authority.seed(), "section " + section)).gaussian();
	}

	private static Grade grade(double value) {
		return Grade.get((int) Math.max(1, Math.min(4, Math.round(value))));
	}
}
