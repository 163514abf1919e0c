package org.sipqm.ui.internal.editing;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvaluationPackage.Literals;
import org.sipqm.model.evaluation.Grade;
import org.sipqm.model.evaluation.Judgement;
import org.sipqm.model.framework.Criterion;

/**
 * Builds the controls that every schedule editor shares: sections, criterion text, and the grade,
 * rationale and evidence of a judgement. Each control that takes input gets an accessible name
 * that says which criterion it belongs to.
 */
public final class EditorWidgets {

	/**
	 * Width hint for wrapping text. Without a hint, a wrapping label's preferred width is its whole
	 * text on one line, which widens the form past the window. With it, the grid gives it the free width.
	 */
	public static final int WRAP_WIDTH_HINT = 200;

	/** Pixels of space above each criterion, which separates it from the fields of the one before. */
	private static final int CRITERION_SPACING = 10;

	/** Pixels by which sub-items are indented under their criterion. */
	private static final int SUB_ITEM_INDENT = 16;

	private EditorWidgets() {
	}

	/**
	 * Creates the scrolled form of an editor, with a body of one column that fits the part's width,
	 * so sections and wrapping text wrap instead of widening the form past it.
	 */
	public static ScrolledForm form(FormToolkit toolkit, Composite parent, String title) {
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.setText(title);
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new FormBodyLayout());
		return form;
	}

	/** Adds an expanded, collapsible section with a title bar and returns its client composite. */
	public static Composite section(FormToolkit toolkit, Composite parent, String title, int columns) {
		// With TITLE_BAR, Eclipse Forms paints a section through an image as large as the whole section,
		// and the editor benchmark measured 3 to 8 s per repaint. SHORT_TITLE_BAR draws directly.
		Section section = toolkit.createSection(parent, ExpandableComposite.SHORT_TITLE_BAR
				| ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(title);
		int span = parent.getLayout() instanceof GridLayout layout ? layout.numColumns : 1;
		// The width hint lets a section wrap a long title instead of widening its parent.
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(WRAP_WIDTH_HINT, SWT.DEFAULT)
				.applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(client);
		paintBorders(toolkit, client);
		section.setClient(client);
		return client;
	}

	/**
	 * Makes the composite paint a border round each of its own text fields, once per composite. The
	 * toolkit draws no native border round its text fields on GTK, and a composite paints borders only
	 * for its direct children, so a field in a nested composite needs its own composite marked.
	 */
	public static void paintBorders(FormToolkit toolkit, Composite composite) {
		if (composite.getData(BORDERS_PAINTED_KEY) == null) {
			composite.setData(BORDERS_PAINTED_KEY, Boolean.TRUE);
			toolkit.paintBordersFor(composite);
		}
	}

	/** Adds a label whose text wraps at the width the grid gives it. */
	public static Label wrappingLabel(FormToolkit toolkit, Composite parent, String text, int span) {
		Label label = toolkit.createLabel(parent, text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(WRAP_WIDTH_HINT, SWT.DEFAULT)
				.applyTo(label);
		return label;
	}

	/**
	 * Adds the criterion's code and statement, with the contributing plug-in of a local criterion, in
	 * bold when it is critical, and its sub-items below.
	 */
	public static void criterion(FormToolkit toolkit, Composite parent, Criterion criterion, int span) {
		String origin = SipqmLabels.origin(criterion.getOrigin());
		String text = criterion.getCode() + "  " + criterion.getStatement() + (origin == null ? "" : " [" + origin + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Label statement = wrappingLabel(toolkit, parent, text, span);
		((GridData) statement.getLayoutData()).verticalIndent = CRITERION_SPACING;
		if (criterion.isCritical()) {
			statement.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		}
		for (String item : criterion.getSubItems()) {
			Label subItem = wrappingLabel(toolkit, parent, "\u2022 " + item, span); //$NON-NLS-1$
			((GridData) subItem.getLayoutData()).horizontalIndent = SUB_ITEM_INDENT;
		}
	}

	/** Adds a read-only combo with "not judged" and the four grades, bound to the grade of the owner. */
	public static ComboViewer grade(FormToolkit toolkit, Composite parent, EditingContext editing, Object owner,
			org.eclipse.emf.ecore.EStructuralFeature gradeFeature, String accessibleName) {
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return SipqmLabels.grade((Grade) element);
			}
		});
		viewer.setInput(Grade.VALUES);
		name(viewer.getCombo(), accessibleName);
		WheelScrolling.passToForm(viewer.getCombo());
		viewer.getCombo().setData(ELEMENT_KEY, owner);
		EditBindings.selection(editing.bindingContext(), viewer, editing.domain(),
				(org.eclipse.emf.ecore.EObject) owner, gradeFeature);
		return viewer;
	}

	/** Adds a multi-line text field bound to a string attribute, with a caption label before it. */
	public static Text multiLineText(FormToolkit toolkit, Composite parent, EditingContext editing,
			org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, String caption,
			String accessibleName, int span) {
		Label label = toolkit.createLabel(parent, caption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(Math.max(1, span - 1), 1)
				.hint(WRAP_WIDTH_HINT, 3 * text.getLineHeight()).applyTo(text);
		paintBorders(toolkit, parent);
		name(text, accessibleName);
		tabLeaves(text);
		WheelScrolling.passToForm(text);
		text.setData(ELEMENT_KEY, owner);
		EditBindings.text(editing.bindingContext(), text, editing.domain(), owner, feature);
		return text;
	}

	/**
	 * Makes Tab and Shift+Tab move the focus out of a multi-line text field, as in the other fields
	 * of the form, instead of typing a tab character. Ctrl+Tab still traverses as well.
	 */
	public static void tabLeaves(Text text) {
		text.addTraverseListener(event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
	}

	/** Adds the judgement's grade, rationale and linked evidence in three rows of a two-column grid. */
	public static void judgementFields(FormToolkit toolkit, Composite parent, EditingContext editing,
			Judgement judgement, String code) {
		Label gradeLabel = toolkit.createLabel(parent, Messages.Editor_gradeCaption);
		GridDataFactory.swtDefaults().applyTo(gradeLabel);
		ComboViewer grade = grade(toolkit, parent, editing, judgement, Literals.JUDGEMENT__GRADE,
				NLS.bind(Messages.Editor_grade, code));
		GridDataFactory.swtDefaults().applyTo(grade.getControl());
		rationaleAndEvidence(toolkit, parent, editing, judgement, code);
	}

	/** Adds the judgement's rationale and linked evidence in two rows of a two-column grid. */
	public static void rationaleAndEvidence(FormToolkit toolkit, Composite parent, EditingContext editing,
			Judgement judgement, String code) {
		multiLineText(toolkit, parent, editing, judgement, Literals.JUDGEMENT__RATIONALE,
				Messages.Editor_rationaleCaption, NLS.bind(Messages.Editor_rationale, code), 2);

		evidence(toolkit, parent, editing, judgement, Literals.JUDGEMENT__EVIDENCE, code);
	}

	/**
	 * Adds the caption and the {@link EvidenceArea} of the owner's evidence reference, such as a
	 * judgement's or a response's, in one row of a two-column grid.
	 */
	public static EvidenceArea evidence(FormToolkit toolkit, Composite parent, EditingContext editing,
			org.eclipse.emf.ecore.EObject owner, org.eclipse.emf.ecore.EReference evidence, String code) {
		Label evidenceLabel = toolkit.createLabel(parent, Messages.Editor_evidenceCaption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(evidenceLabel);
		return EvidenceArea.create(toolkit, parent, editing, owner, evidence, code);
	}

	/** Gives the control the name that screen readers announce. */
	public static void name(Control control, String name) {
		control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				if (e.childID == ACC.CHILDID_SELF) {
					e.result = name;
				}
			}
		});
		control.setData(ACCESSIBLE_NAME_KEY, name);
	}

	/** The key under which a field stores the model element it edits, for revealing that element. */
	public static final String ELEMENT_KEY = EditorWidgets.class.getName() + ".element"; //$NON-NLS-1$

	/** Key of a control's data that stores its accessible name, so tests can check every input is named. */
	public static final String ACCESSIBLE_NAME_KEY = EditorWidgets.class.getName() + ".accessibleName"; //$NON-NLS-1$

	/** Key of a composite's data that marks it as painting borders round its text fields. */
	private static final String BORDERS_PAINTED_KEY = EditorWidgets.class.getName() + ".bordersPainted"; //$NON-NLS-1$
}
