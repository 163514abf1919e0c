package org.sipqm.ui.internal.navigator;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.ui.internal.jface.ItemProviderLabelProvider;
import org.sipqm.ui.internal.jface.ModelAdapters;

/**
 * Labels the navigator's elements: model elements through their item providers, local
 * authorities with their latest support level, schools with their School Improvement Partner,
 * and the group nodes with the number of elements they hold.
 */
final class NavigatorLabelProvider extends ItemProviderLabelProvider {

	private static final ImageDescriptor FOLDER = icon("folder.png"); //$NON-NLS-1$
	private static final ImageDescriptor CALENDAR = icon("calendar.png"); //$NON-NLS-1$

	private final NavigatorContentProvider contentProvider;
	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	NavigatorLabelProvider(NavigatorContentProvider contentProvider) {
		super(ModelAdapters.factory());
		this.contentProvider = contentProvider;
	}

	@Override
	public String getText(Object element) {
		return switch (element) {
		case LocalAuthority authority -> SupportLabels.withLatestSupport(authority);
		case School school -> schoolText(school);
		case NavigatorNode.Schools schools -> NLS.bind(Messages.Navigator_schools, schools.authority().getSchools().size());
		case NavigatorNode.Evaluations evaluations -> evaluationsText(evaluations);
		case NavigatorNode.Year year -> year.academicYear() == null ? Messages.Navigator_noAcademicYear
				: year.academicYear();
		case NavigatorNode.TermGroup term -> NLS.bind(Messages.Navigator_term, SipqmLabels.term(term.term()));
		default -> super.getText(element);
		};
	}

	@Override
	public Image getImage(Object element) {
		return switch (element) {
		case NavigatorNode.Schools schools -> resources.create(FOLDER);
		case NavigatorNode.Evaluations evaluations -> resources.create(FOLDER);
		case NavigatorNode.Year year -> resources.create(CALENDAR);
		case NavigatorNode.TermGroup term -> resources.create(CALENDAR);
		default -> super.getImage(element);
		};
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}

	private String evaluationsText(NavigatorNode.Evaluations evaluations) {
		EvaluationIndex index = contentProvider.index();
		int count = index == null ? 0 : index.count(evaluations.authority());
		return evaluations.authority() == null ? NLS.bind(Messages.Navigator_unassignedEvaluations, count)
				: NLS.bind(Messages.Navigator_evaluations, count);
	}

	private static String schoolText(School school) {
		SchoolImprovementPartner partner = school.getPartner();
		if (partner == null || partner.eIsProxy()) {
			return NLS.bind(Messages.Navigator_schoolWithoutPartner, SipqmLabels.text(school));
		}
		return NLS.bind(Messages.Navigator_schoolWithPartner, SipqmLabels.text(school), partner.getName());
	}

	private static ImageDescriptor icon(String name) {
		return ImageDescriptor.createFromURL(NavigatorLabelProvider.class.getResource("/icons/" + name)); //$NON-NLS-1$
	}
}
