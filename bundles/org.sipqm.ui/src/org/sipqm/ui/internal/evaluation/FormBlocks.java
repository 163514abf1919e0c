package org.sipqm.ui.internal.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.sipqm.core.validation.WorkspaceDiagnostic;

/**
 * Creates the sections, labelled fields and text blocks of one evaluation form. Everything is laid
 * out with {@link GridLayout} cells that fill the width of the part, so that text and section titles
 * wrap and the form scrolls vertically only.
 * <p>
 * NOTE: {@code TableWrapLayout} is not used because it never makes a column narrower than the
 * full title of a {@code Section} in it (Eclipse Forms 3.14), and framework section titles run to
 * over a thousand pixels.
 */
final class FormBlocks {

	/** Width in pixels below which a cell does not shrink; narrower parts scroll horizontally. */
	private static final int MINIMUM_WIDTH = 120;

	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final ElementDiagnostics diagnostics;
	private final Map<EObject, Control> elementControls = new HashMap<>();

	FormBlocks(FormToolkit toolkit, ScrolledForm form, ElementDiagnostics diagnostics) {
		this.toolkit = toolkit;
		this.form = form;
		this.diagnostics = diagnostics;
	}

	ElementDiagnostics diagnostics() {
		return diagnostics;
	}

	/**
	 * Records that the control shows the elements, so that revealing one of them scrolls to it.
	 * An element keeps the first control recorded for it.
	 */
	void register(Control control, List<? extends EObject> elements) {
		for (EObject element : elements) {
			elementControls.putIfAbsent(element, control);
		}
	}

	/** Returns the control recorded for the element or else for its nearest container, or null. */
	Control controlOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			Control control = elementControls.get(current);
			if (control != null && !control.isDisposed()) {
				return control;
			}
		}
		return null;
	}

	/**
	 * Adds, when the elements have any, their diagnostics below a block: each with its severity's
	 * icon and message. In a grid of two columns the diagnostics go in the second column, below
	 * the block beside a criterion, so the parent's first column gets an empty cell.
	 */
	void diagnosticsBelow(Composite parent, List<? extends EObject> elements, boolean secondColumn) {
		List<WorkspaceDiagnostic> found = diagnostics.claim(elements);
		if (found.isEmpty()) {
			return;
		}
		if (secondColumn) {
			toolkit.createLabel(parent, ""); //$NON-NLS-1$
		}
		diagnosticList(parent, found, secondColumn ? 1 : ((GridLayout) parent.getLayout()).numColumns);
	}

	/** Adds a list of diagnostics, one row each: the severity's icon, then the message. */
	Composite diagnosticList(Composite parent, List<WorkspaceDiagnostic> found, int span) {
		Composite list = toolkit.createComposite(parent);
		GridLayout layout = columns(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 4;
		layout.verticalSpacing = 2;
		list.setLayout(layout);
		list.setLayoutData(wrapData(span));
		for (WorkspaceDiagnostic diagnostic : found) {
			Label icon = toolkit.createLabel(list, null);
			icon.setImage(SeverityLabels.image(diagnostic.severity()));
			icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			Label message = toolkit.createLabel(list, diagnostic.message(), SWT.WRAP);
			message.setToolTipText(diagnostic.ruleId());
			message.setLayoutData(wrapData(1));
			Accessibility.name(message, SeverityLabels.name(diagnostic.severity()) + ": " + diagnostic.message()); //$NON-NLS-1$
		}
		return list;
	}

	FormToolkit toolkit() {
		return toolkit;
	}

	/**
	 * Creates an expanded section that the user can collapse, and returns its client composite,
	 * laid out in the given number of columns of equal width.
	 */
	Composite section(Composite parent, String title, int columns, int span) {
		// A full title bar makes Eclipse Forms paint the section through an image of its whole size.
		Section section = toolkit.createSection(parent, Section.TWISTIE | Section.SHORT_TITLE_BAR | Section.EXPANDED);
		section.setText(title);
		section.setLayoutData(wrapData(span));
		section.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				form.reflow(true);
			}
		});

		Composite client = toolkit.createComposite(section);
		client.setLayout(columns(columns, true));
		section.setClient(client);
		return client;
	}

	/** Creates a two-column composite of labelled fields: the label, then its value. */
	Composite fields(Composite parent, int span) {
		Composite fields = toolkit.createComposite(parent);
		GridLayout layout = columns(2, false);
		layout.marginWidth = 0;
		layout.horizontalSpacing = 12;
		fields.setLayout(layout);
		fields.setLayoutData(wrapData(span));
		return fields;
	}

	/** Adds a field: a bold label and a selectable value. */
	void field(Composite fields, String label, String value) {
		field(fields, label, new RichText().plain(FormStyle.orNotRecorded(value)));
	}

	void field(Composite fields, String label, RichText value) {
		Label name = toolkit.createLabel(fields, label);
		name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		name.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		block(fields, value, label, 1);
	}

	/** Adds a selectable block of text that spans the given number of columns. */
	StyledText block(Composite parent, RichText text, String accessibleName, int span) {
		StyledText widget = text.create(parent, toolkit, accessibleName);
		widget.setLayoutData(wrapData(span));
		return widget;
	}

	/** Adds a wrapping label in a muted colour, for notes about missing content. */
	void note(Composite parent, String text, int span) {
		Label label = toolkit.createLabel(parent, text, SWT.WRAP);
		label.setForeground(FormStyle.MUTED);
		label.setLayoutData(wrapData(span));
	}

	static GridLayout columns(int count, boolean equalWidth) {
		GridLayout layout = new GridLayout(count, equalWidth);
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 8;
		return layout;
	}

	/**
	 * Returns layout data that fills the cell's width. The small width hint keeps long text from
	 * widening the column, and the text then wraps to the width the column gets.
	 */
	static GridData wrapData(int span) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = MINIMUM_WIDTH;
		return data;
	}
}
