package org.sipqm.ui.internal.evaluation;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.Evaluations;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.School;

/**
 * Opens evaluations as parts of the editor area, one part per evaluation: opening an evaluation
 * that is open already brings its part to the front.
 * <p>
 * An editor bundle registers its editor by contributing, in its model fragment, a part descriptor
 * whose id is {@value #EDITOR_DESCRIPTOR_PREFIX} followed by the name of the evaluation class it
 * edits, such as {@code org.sipqm.ui.partdescriptor.evaluation.TermlyReview}. Evaluations of a
 * class without an editor open in the read-only part of the descriptor {@value #DESCRIPTOR_ID}.
 * Both kinds of descriptor carry the category that places their parts in the editor area.
 */
public final class EvaluationEditors {

	/** Id of the part descriptor in Application.e4xmi. */
	public static final String DESCRIPTOR_ID = "org.sipqm.ui.partdescriptor.evaluation"; //$NON-NLS-1$

	/** Prefix of the ids of the part descriptors that editor bundles contribute, one per evaluation class. */
	public static final String EDITOR_DESCRIPTOR_PREFIX = DESCRIPTOR_ID + "."; //$NON-NLS-1$

	/** Tag of every part that shows an evaluation, read-only or in an editor. */
	public static final String EVALUATION_PART_TAG = "org.sipqm.ui.tag.evaluationPart"; //$NON-NLS-1$

	/** Key of the part's persisted state that stores the evaluation's workspace-relative file. */
	public static final String FILE_KEY = "org.sipqm.ui.evaluation.file"; //$NON-NLS-1$

	/** Key of the part's transient data that stores the {@link Evaluation}. */
	static final String EVALUATION_KEY = Evaluation.class.getName();

	private EvaluationEditors() {
	}

	/** Shows the evaluation's part, creating it when the evaluation is not open yet, and activates it. */
	public static MPart open(EPartService partService, Workspace workspace, Evaluation evaluation) {
		MPart part = partService.getParts().stream()
				.filter(candidate -> candidate.getTags().contains(EVALUATION_PART_TAG))
				.filter(candidate -> evaluationOf(candidate) == evaluation)
				.findFirst()
				.orElseGet(() -> create(partService, workspace, evaluation));
		return partService.showPart(part, PartState.ACTIVATE);
	}

	/** Returns the evaluation that the part shows, or null when it has none. */
	public static Evaluation evaluationOf(MPart part) {
		return part.getTransientData().get(EVALUATION_KEY) instanceof Evaluation evaluation ? evaluation : null;
	}

	/** Puts the evaluation into a part created from the descriptor, labelled for the editor area's tabs. */
	public static void initialise(MPart part, Workspace workspace, Evaluation evaluation) {
		String file = WorkspaceLayout.toPortableString(workspace.pathOf(evaluation));
		part.setLabel(title(evaluation));
		part.setTooltip(SipqmLabels.evaluation(evaluation) + "\n" + file); //$NON-NLS-1$
		part.setIconURI("platform:/plugin/org.sipqm.model.edit/icons/full/obj16/" //$NON-NLS-1$
				+ evaluation.eClass().getName() + ".gif"); //$NON-NLS-1$
		part.getTransientData().put(EVALUATION_KEY, evaluation);
		if (!part.getTags().contains(EVALUATION_PART_TAG)) {
			part.getTags().add(EVALUATION_PART_TAG);
		}
		part.getPersistedState().put(FILE_KEY, file);
	}

	/**
	 * Returns the part title: the subject (the school, or else the local authority), the schedule
	 * and the term, such as "Fernmoor School – schedule 2, Autumn term 2007/08".
	 */
	public static String title(Evaluation evaluation) {
		School school = switch (evaluation) {
		case HeadteacherDiscussion discussion -> discussion.getSchool();
		case ShadowVisit visit -> visit.getSchool();
		default -> null;
		};
		LocalAuthority authority = evaluation.getLocalAuthority();
		String subject;
		if (school != null && !school.eIsProxy()) {
			subject = school.getName();
		} else if (authority != null && !authority.eIsProxy()) {
			subject = authority.getName();
		} else {
			subject = References.label(school != null ? school : authority);
		}
		return NLS.bind(Messages.Evaluation_partTitle, new Object[] { subject, Evaluations.scheduleOf(evaluation),
				SipqmLabels.term(evaluation.getTerm()), FormStyle.orNotRecorded(evaluation.getAcademicYear()) });
	}

	/** Closes the parts of evaluations that are not in the workspace, such as those of the workspace opened before. */
	public static void closeOutside(Workspace workspace, MApplication application, EModelService modelService) {
		List<MPart> parts = modelService.findElements(application, null, MPart.class, List.of(EVALUATION_PART_TAG));
		for (MPart part : parts) {
			Evaluation evaluation = evaluationOf(part);
			boolean inWorkspace = evaluation != null && evaluation.eResource() != null
					&& evaluation.eResource().getResourceSet() == workspace.resourceSet();
			if (!inWorkspace) {
				close(part, modelService);
			}
		}
	}

	private static MPart create(EPartService partService, Workspace workspace, Evaluation evaluation) {
		MPart part = partService.createPart(editorDescriptorId(evaluation));
		if (part == null) {
			part = partService.createPart(DESCRIPTOR_ID);
		}
		initialise(part, workspace, evaluation);
		return part;
	}

	/** Returns the id of the part descriptor that an editor bundle contributes for the evaluation's class. */
	public static String editorDescriptorId(Evaluation evaluation) {
		return EDITOR_DESCRIPTOR_PREFIX + evaluation.eClass().getName();
	}

	private static void close(MPart part, EModelService modelService) {
		MWindow window = modelService.getTopLevelWindowFor(part);
		Optional<EPartService> partService = Optional.ofNullable(window)
				.map(MWindow::getContext)
				.map(context -> context.get(EPartService.class));
		if (partService.isPresent()) {
			partService.get().hidePart(part, true);
		} else if (part.getParent() != null) {
			part.getParent().getChildren().remove(part);
		}
	}
}
