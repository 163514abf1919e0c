package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.nio.file.Path;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.Term;

/**
 * Writes one sample workspace: the organisation first, then for each local authority and term
 * the termly review, the headteacher discussions, the shadow visits and the self-evaluation.
 * Every local authority draws from its own random stream, derived from the seed.
 */
public final class SampleRun {

	/** The academic year that sample workspaces cover. */
	public static final AcademicYear YEAR = new AcademicYear(2007);

	private final long seed;
	private final ScaleProfile profile;
	private final PhraseBank phrases = PhraseBank.load();
	private final FrameworkCriteria criteria = new FrameworkCriteria(FrameworkRegistry.getDefault());

	public SampleRun(long seed, SampleScale scale) {
		this.seed = seed;
		this.profile = ScaleProfile.of(scale);
	}

	/** Writes the workspace into the folder, which must not hold a workspace yet, and returns it. */
	public Workspace write(Path folder) throws IOException {
		OrganisationGenerator organisationGenerator = new OrganisationGenerator(seed, phrases, YEAR);
		Organisation organisation = organisationGenerator.generate(profile.regions());
		Workspace workspace = WorkspaceStore.initialise(folder, organisation);

		for (AuthorityPlan authority : organisationGenerator.plans()) {
			for (Term term : Term.VALUES) {
				writeTerm(workspace, new TermPlan(authority, YEAR, term, phrases, profile, criteria, workspace));
			}
		}
		return workspace;
	}

	private static void writeTerm(Workspace workspace, TermPlan plan) throws IOException {
		create(workspace, TermlyReviewMaker.make(plan));
		for (Evaluation discussion : DiscussionMaker.makeAll(plan)) {
			create(workspace, discussion);
		}
		for (Evaluation visit : ShadowVisitMaker.makeAll(plan)) {
			create(workspace, visit);
		}
		create(workspace, SelfEvaluationMaker.make(plan));
	}

	private static void create(Workspace workspace, Evaluation evaluation) throws IOException {
		workspace.create(evaluation);
	}
}
