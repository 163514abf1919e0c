package org.sipqm.compare.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.sipqm.compare.FrameworkProblem;
import org.sipqm.compare.LocalFrameworkChecks;
import org.sipqm.compare.LocalFrameworkElements;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.CriterionKind;
import org.sipqm.model.framework.Descriptor;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.FrameworkFactory;
import org.sipqm.model.framework.FrameworkPackage.Literals;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;
import org.sipqm.ui.internal.editing.EditBindings;
import org.sipqm.ui.internal.editing.EditorWidgets;

/**
 * The fields of one framework element in a two-column grid of caption and control, each followed by
 * a line that shows the problems found in that field. Attributes bind through the editing domain
 * with {@link EditBindings}. Sub-items and the four descriptors, which are lists and contained
 * elements rather than single attributes, execute their own commands after the same typing pause.
 */
public final class DetailForm {

	/** Key of a problem line: the feature, and the grade column for descriptors. */
	private record FieldKey(EStructuralFeature feature, int column) {
	}

	private final FormToolkit toolkit;
	private final Composite parent;
	private final EditingDomain domain;
	private final DataBindingContext context;
	private final EObject element;
	/** The line below a field: an empty cell under the caption and the problem text under the field. */
	private record ProblemLine(Label spacer, Label text) {
	}

	private static final String FULL_WIDTH = DetailForm.class.getName() + ".fullWidth"; //$NON-NLS-1$

	private final Map<FieldKey, ProblemLine> problemLines = new HashMap<>();
	private final Map<FieldKey, Control> fields = new HashMap<>();
	private final List<IObservableValue<String>> ownTyping = new ArrayList<>();
	private final List<Runnable> modelReaders = new ArrayList<>();

	DetailForm(FormToolkit toolkit, Composite parent, EditingDomain domain, DataBindingContext context,
			EObject element) {
		this.toolkit = toolkit;
		this.parent = parent;
		this.domain = domain;
		this.context = context;
		this.element = element;
		switch (element) {
		case Framework framework -> frameworkFields(framework);
		case Schedule schedule -> scheduleFields(schedule);
		case Section section -> sectionFields(section);
		case Criterion criterion -> criterionFields(criterion);
		default -> throw new IllegalArgumentException("No details for " + element.eClass().getName()); //$NON-NLS-1$
		}
		// Form text fields have no border of their own: the toolkit paints one around them.
		toolkit.paintBordersFor(parent);
	}

	private void frameworkFields(Framework framework) {
		text(framework, Literals.FRAMEWORK__NAME, Messages.Field_name, false);
		// The id and edition name the framework's file and its crosswalk's, so the editor shows them read-only.
		text(framework, Literals.FRAMEWORK__ID, Messages.Field_id, false);
		((Text) fields.get(new FieldKey(Literals.FRAMEWORK__ID, 0))).setEditable(false);
		text(framework, Literals.FRAMEWORK__EDITION, Messages.Field_edition, false);
		((Text) fields.get(new FieldKey(Literals.FRAMEWORK__EDITION, 0))).setEditable(false);
		text(framework, Literals.FRAMEWORK__ISSUER, Messages.Field_issuer, false);
		text(framework, Literals.FRAMEWORK__DATE_OF_ISSUE, Messages.Field_dateOfIssue, false);
	}

	private void scheduleFields(Schedule schedule) {
		caption(Messages.Field_number);
		Spinner number = new Spinner(parent, SWT.BORDER);
		number.setMinimum(0);
		number.setMaximum(999);
		toolkit.adapt(number);
		GridDataFactory.swtDefaults().applyTo(number);
		register(number, Literals.SCHEDULE__NUMBER, 0, Messages.Field_number);
		context.bindValue(WidgetProperties.spinnerSelection().observe(number),
				EMFEditProperties.value(domain, Literals.SCHEDULE__NUMBER).observe(schedule));
		text(schedule, Literals.SCHEDULE__TITLE, Messages.Field_title, false);
		text(schedule, Literals.SCHEDULE__SUBTITLE, Messages.Field_subtitle, false);
		text(schedule, Literals.SCHEDULE__PURPOSE, Messages.Field_purpose, true);
	}

	private void sectionFields(Section section) {
		text(section, Literals.SECTION__CODE, Messages.Field_code, false);
		text(section, Literals.SECTION__TITLE, Messages.Field_title, false);
	}

	private void criterionFields(Criterion criterion) {
		text(criterion, Literals.CRITERION__CODE, Messages.Field_code, false);
		text(criterion, Literals.CRITERION__STATEMENT, Messages.Field_wording, true);

		caption(""); //$NON-NLS-1$
		Button critical = toolkit.createButton(parent, Messages.Field_critical, SWT.CHECK);
		register(critical, Literals.CRITERION__CRITICAL, 0, Messages.Field_critical);
		EditBindings.check(context, critical, domain, criterion, Literals.CRITERION__CRITICAL);

		caption(Messages.Field_kind);
		ComboViewer kind = new ComboViewer(parent, SWT.READ_ONLY);
		toolkit.adapt(kind.getControl(), true, false);
		kind.setContentProvider(ArrayContentProvider.getInstance());
		kind.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return switch ((CriterionKind) value) {
				case STANDARD -> Messages.Kind_standard;
				case QUESTION -> Messages.Kind_question;
				case PROMPT -> Messages.Kind_prompt;
				};
			}
		});
		kind.setInput(CriterionKind.VALUES);
		register(kind.getControl(), Literals.CRITERION__KIND, 0, Messages.Field_kind);
		EditBindings.selection(context, kind, domain, criterion, Literals.CRITERION__KIND);

		Text subItems = multiLine(Messages.Field_subItems);
		register(subItems, Literals.CRITERION__SUB_ITEMS, 0, Messages.Field_subItems);
		ownField(subItems, () -> String.join("\n", criterion.getSubItems()), typed -> { //$NON-NLS-1$
			List<String> lines = typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
			return lines.equals(criterion.getSubItems()) ? null
					: SetCommand.create(domain, criterion, Literals.CRITERION__SUB_ITEMS, lines);
		});

		for (int column = 1; column <= LocalFrameworkChecks.COLUMNS; column++) {
			descriptorField(criterion, column);
		}
	}

	private void descriptorField(Criterion criterion, int column) {
		String caption = switch (column) {
		case 1 -> Messages.Field_column1;
		case 2 -> Messages.Field_column2;
		case 3 -> Messages.Field_column3;
		default -> Messages.Field_column4;
		};
		Text text = multiLine(caption);
		register(text, Literals.CRITERION__DESCRIPTORS, column, caption);
		ownField(text, () -> {
			Descriptor descriptor = LocalFrameworkChecks.descriptor(criterion, column);
			return descriptor == null || descriptor.getText() == null ? "" : descriptor.getText(); //$NON-NLS-1$
		}, typed -> {
			Descriptor descriptor = LocalFrameworkChecks.descriptor(criterion, column);
			if (descriptor != null) {
				return Objects.equals(typed, descriptor.getText()) ? null
						: SetCommand.create(domain, descriptor, Literals.DESCRIPTOR__TEXT, typed);
			}
			if (typed.isBlank()) {
				return null;
			}
			Descriptor created = FrameworkFactory.eINSTANCE.createDescriptor();
			created.setColumn(column);
			created.setText(typed);
			created.setOrigin(LocalFrameworkElements.ORIGIN);
			return AddCommand.create(domain, criterion, Literals.CRITERION__DESCRIPTORS, created);
		});
	}

	private void text(EObject owner, EStructuralFeature feature, String caption, boolean multiLine) {
		Text text;
		if (multiLine) {
			text = multiLine(caption);
		} else {
			caption(caption);
			text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT)
					.applyTo(text);
		}
		register(text, feature, 0, caption);
		EditBindings.text(context, text, domain, owner, feature);
	}

	/** Adds a caption and below it a multi-line field, both across the two columns, so that long captions leave the field its width. */
	private Text multiLine(String caption) {
		Label label = caption(caption);
		GridDataFactory.swtDefaults().span(2, 1).indent(0, 4).applyTo(label);
		Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.hint(EditorWidgets.WRAP_WIDTH_HINT, 3 * text.getLineHeight()).applyTo(text);
		// Tab moves to the next field instead of typing a tab character.
		text.addTraverseListener(event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		return text;
	}

	private Label caption(String text) {
		Label label = toolkit.createLabel(parent, text);
		GridDataFactory.swtDefaults().applyTo(label);
		return label;
	}

	/** Names the field for screen readers and adds the problem line below it. */
	private void register(Control field, EStructuralFeature feature, int column, String caption) {
		EditorWidgets.name(field, caption.replace(":", "").replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		field.setData(EditorWidgets.ELEMENT_KEY, element);
		FieldKey key = new FieldKey(feature, column);
		fields.put(key, field);
		// A field that spans both columns gets a problem line across both, with no empty cell before it.
		boolean fullWidth = field.getLayoutData() instanceof GridData data && data.horizontalSpan == 2;
		Label spacer = new Label(parent, SWT.NONE);
		GridDataFactory.swtDefaults().exclude(true).applyTo(spacer);
		spacer.setVisible(false);
		spacer.setData(FULL_WIDTH, fullWidth);
		Label problemLine = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		problemLine.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(fullWidth ? 2 : 1, 1)
				.hint(EditorWidgets.WRAP_WIDTH_HINT, SWT.DEFAULT).exclude(true).applyTo(problemLine);
		problemLine.setVisible(false);
		problemLines.put(key, new ProblemLine(spacer, problemLine));
	}

	/**
	 * Binds a text field that executes the command that {@code toCommand} makes from the typed text
	 * after a pause in typing, or nothing when it returns null, and shows the model's value again
	 * after every command.
	 */
	private void ownField(Text text, Supplier<String> fromModel, Function<String, Command> toCommand) {
		text.setText(fromModel.get());
		IObservableValue<String> typing = WidgetProperties.text(SWT.Modify).observeDelayed(EditBindings.TYPING_DELAY_MILLIS,
				text);
		boolean[] updating = { false };
		typing.addValueChangeListener(event -> {
			if (updating[0]) {
				return;
			}
			Command command = toCommand.apply(event.diff.getNewValue());
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		});
		ownTyping.add(typing);
		Consumer<String> show = value -> {
			if (!text.isDisposed() && !value.equals(text.getText())) {
				updating[0] = true;
				try {
					text.setText(value);
					typing.getValue();
				} finally {
					updating[0] = false;
				}
			}
		};
		modelReaders.add(() -> show.accept(fromModel.get()));
	}

	/**
	 * Shows the model's values again in the fields that are not bound through data binding, after a
	 * command was executed, undone or redone.
	 */
	void modelChanged() {
		modelReaders.forEach(Runnable::run);
	}

	/** Shows each problem of this element beside its field. */
	void showProblems(List<FrameworkProblem> problems) {
		Map<FieldKey, StringBuilder> messages = new HashMap<>();
		for (FrameworkProblem problem : problems) {
			if (problem.element() == element) {
				FieldKey key = new FieldKey(problem.feature(), problem.column());
				StringBuilder text = messages.computeIfAbsent(key, k -> new StringBuilder());
				text.append(text.isEmpty() ? "" : "\n").append(problem.message()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		problemLines.forEach((key, line) -> {
			StringBuilder message = messages.get(key);
			boolean shown = message != null;
			line.text().setText(shown ? message.toString() : ""); //$NON-NLS-1$
			line.text().setVisible(shown);
			((GridData) line.text().getLayoutData()).exclude = !shown;
			((GridData) line.spacer().getLayoutData()).exclude = !shown
					|| Boolean.TRUE.equals(line.spacer().getData(FULL_WIDTH));
			Control field = fields.get(key);
			if (field != null) {
				field.setToolTipText(shown ? message.toString() : null);
			}
		});
		parent.layout(true, true);
	}

	/** Focuses the field of the feature, and the grade column for a descriptor. */
	void focus(EStructuralFeature feature, int column) {
		Control field = fields.get(new FieldKey(feature, column));
		if (field != null) {
			field.setFocus();
		}
	}

	/** Sends typing that waits for its pause to the model now, as Save does before writing. */
	public void flushPendingTyping() {
		EditBindings.flushPendingTyping(context);
		ownTyping.stream().filter(typing -> !typing.isDisposed()).forEach(IObservableValue::getValue);
	}

	public EObject element() {
		return element;
	}

	/** Returns the field of a feature, with the grade column 1 to 4 for a descriptor or 0 otherwise. */
	public Control field(EStructuralFeature feature, int column) {
		return fields.get(new FieldKey(feature, column));
	}

	/** Returns the problem text shown below a field, empty when it has none. */
	public String problemText(EStructuralFeature feature, int column) {
		ProblemLine line = problemLines.get(new FieldKey(feature, column));
		return line == null ? "" : line.text().getText(); //$NON-NLS-1$
	}

	void dispose() {
		flushPendingTyping();
		ownTyping.forEach(IObservableValue::dispose);
		context.dispose();
	}
}
