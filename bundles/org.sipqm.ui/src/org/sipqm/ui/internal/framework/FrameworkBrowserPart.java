package org.sipqm.ui.internal.framework;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.model.framework.SupportLevel;
import org.sipqm.ui.internal.jface.ItemProviderContentProvider;
import org.sipqm.ui.internal.jface.ItemProviderLabelProvider;
import org.sipqm.ui.internal.jface.ModelAdapters;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The framework browser: the national framework's schedules, sections and criteria as a tree, and
 * the full text of the selected element beside it. Critical criteria are shown in bold.
 */
public class FrameworkBrowserPart {

	private FormToolkit toolkit;
	private TreeViewer viewer;
	private ScrolledForm details;

	@PostConstruct
	public void createControls(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);

		viewer = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new ItemProviderContentProvider(ModelAdapters.factory()));
		viewer.setLabelProvider(new CriticalInBold());
		viewer.getTree().setToolTipText(Messages.FrameworkBrowser_selectPrompt);
		Framework framework = FrameworkRegistry.getDefault().national();
		viewer.setInput(framework);

		details = toolkit.createScrolledForm(sash);
		details.getBody().setLayout(new GridLayout(1, false));
		sash.setWeights(2, 3);
		sash.addListener(SWT.Resize, event -> orientSash(sash));
		nameTree(viewer.getTree());

		viewer.addSelectionChangedListener(event -> show(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.expandToLevel(2);
		show(null);
	}

	@PreDestroy
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Returns the tree of the framework, for the tests and for parts that reveal a criterion. */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** Returns the form with the full text of the selected element, for the tests. */
	public ScrolledForm getDetails() {
		return details;
	}

	/**
	 * Puts the text below the tree when the part is taller than wide, as in a side stack, and
	 * beside it otherwise.
	 */
	private static void orientSash(SashForm sash) {
		Rectangle area = sash.getClientArea();
		int orientation = area.width < area.height ? SWT.VERTICAL : SWT.HORIZONTAL;
		if (sash.getOrientation() != orientation) {
			sash.setOrientation(orientation);
			if (orientation == SWT.VERTICAL) {
				sash.setWeights(1, 1);
			} else {
				sash.setWeights(2, 3);
			}
		}
	}

	private static void nameTree(Tree tree) {
		tree.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = Messages.FrameworkBrowser_treeName;
				}
			}
		});
	}

	/** Shows the full text of an element of the framework in the details form. */
	void show(Object element) {
		Composite body = details.getBody();
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		String title = element == null ? Messages.FrameworkBrowser_selectPrompt : SipqmLabels.text(element);
		details.setText(title == null ? "" : title); //$NON-NLS-1$
		switch (element) {
		case Criterion criterion -> showCriterion(body, criterion);
		case Section section -> showSection(body, section);
		case Schedule schedule -> showSchedule(body, schedule);
		case GradeLevel level -> showGradeLevel(body, level);
		case SupportLevel level -> paragraph(body, NLS.bind(Messages.FrameworkBrowser_jointVisits, level.getJointVisitRule()));
		case Protocol protocol -> {
			paragraph(body, protocol.getIntroduction());
			protocol.getSteps().forEach(step -> bullet(body, step.getText()));
		}
		case ProtocolStep step -> paragraph(body, step.getText());
		case null, default -> {
			// Elements without details show only their title.
		}
		}
		details.reflow(true);
	}

	private void showCriterion(Composite body, Criterion criterion) {
		paragraph(body, criterion.getStatement());
		if (!criterion.getSubItems().isEmpty()) {
			heading(body, Messages.FrameworkBrowser_subItems);
			criterion.getSubItems().forEach(item -> bullet(body, item));
		}
		if (criterion.isCritical()) {
			Label critical = paragraph(body, Messages.FrameworkBrowser_critical);
			critical.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
		paragraph(body, NLS.bind(Messages.FrameworkBrowser_origin, origin(criterion.getOrigin())));
		heading(body, Messages.FrameworkBrowser_descriptors);
		List<Descriptor> descriptors = criterion.getDescriptors();
		if (descriptors.isEmpty()) {
			paragraph(body, Messages.FrameworkBrowser_noDescriptors);
		}
		for (Descriptor descriptor : descriptors) {
			paragraph(body, NLS.bind(Messages.FrameworkBrowser_column, descriptor.getColumn()) + ": " + descriptor.getText()); //$NON-NLS-1$
		}
	}

	private void showSection(Composite body, Section section) {
		paragraph(body, NLS.bind(Messages.FrameworkBrowser_criteriaCount, section.getCriteria().size()));
		missingContent(body, section.getMissingContent());
	}

	private void showSchedule(Composite body, Schedule schedule) {
		paragraph(body, schedule.getSubtitle());
		paragraph(body, schedule.getPurpose());
		schedule.getIntroduction().forEach(text -> paragraph(body, text));
		list(body, Messages.FrameworkBrowser_purposes, schedule.getPurposes());
		list(body, Messages.FrameworkBrowser_principles, schedule.getPrinciples());
		missingContent(body, schedule.getMissingContent());
	}

	private void showGradeLevel(Composite body, GradeLevel level) {
		paragraph(body, level.getVocabulary());
		String requirement = level.getEvidenceRequirement();
		paragraph(body, requirement == null || requirement.isBlank() ? Messages.FrameworkBrowser_noEvidenceRequirement
				: NLS.bind(Messages.FrameworkBrowser_evidenceRequirement, requirement));
	}

	private void missingContent(Composite body, String missing) {
		if (missing != null && !missing.isBlank()) {
			paragraph(body, NLS.bind(Messages.FrameworkBrowser_missingContent, missing));
		}
	}

	private void list(Composite body, String title, List<String> items) {
		if (!items.isEmpty()) {
			heading(body, title);
			items.forEach(item -> bullet(body, item));
		}
	}

	private static String origin(String origin) {
		return origin == null || origin.equals("national") ? Messages.FrameworkBrowser_originNational : origin; //$NON-NLS-1$
	}

	private void heading(Composite body, String text) {
		Label label = toolkit.createLabel(body, text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	private Label paragraph(Composite body, String text) {
		Label label = toolkit.createLabel(body, text == null ? "" : text, SWT.WRAP); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		label.setLayoutData(data);
		return label;
	}

	private void bullet(Composite body, String text) {
		paragraph(body, "\u2022 " + text); //$NON-NLS-1$
	}

	/** Labels elements through their item providers, with critical criteria in bold. */
	private static final class CriticalInBold extends ItemProviderLabelProvider implements IFontProvider {

		CriticalInBold() {
			super(ModelAdapters.factory());
		}

		@Override
		public Font getFont(Object element) {
			return element instanceof Criterion criterion && criterion.isCritical()
					? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
					: null;
		}
	}
}
