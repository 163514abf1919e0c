package org.sipqm.ui.internal.editing;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.evidence.EvidenceDraft;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.evaluation.EvidenceKind;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.ui.internal.evaluation.EvidenceText;

/**
 * Asks for the fields of a new evidence item and an optional file to attach. OK hands the fields to
 * a {@link Creator}, which copies the file and builds the command; when that fails, the dialogue
 * stays open and shows the error, so the user can choose another file.
 */
public final class NewEvidenceDialog extends TitleAreaDialog {

	/** Copies the draft's attachment and returns the command that creates the item. */
	@FunctionalInterface
	public interface Creator {
		Command create(EvidenceDraft draft) throws IOException;
	}

	/** Characters wide of the text fields. */
	private static final int FIELD_WIDTH_CHARS = 48;

	private final String criterionCode;
	private final Creator creator;
	private Text title;
	private ComboViewer kind;
	private Text date;
	private Text source;
	private Text description;
	private Text attachment;
	private ComboViewer impact;
	private Button concernsIndividual;
	private Command command;

	public NewEvidenceDialog(Shell parentShell, String criterionCode, Creator creator) {
		super(parentShell);
		this.criterionCode = criterionCode;
		this.creator = creator;
	}

	/** Returns the command that creates the item, after OK; null after Cancel. */
	public Command command() {
		return command;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewEvidence_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.NewEvidence_title);
		setMessage(NLS.bind(Messages.NewEvidence_message, criterionCode));

		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		title = text(fields, Messages.NewEvidence_titleCaption, Messages.NewEvidence_titleName, SWT.BORDER, 2);
		kind = combo(fields, Messages.NewEvidence_kindCaption, Messages.NewEvidence_kindName, EvidenceKind.VALUES.toArray(),
				element -> capitalised(EvidenceText.kind((EvidenceKind) element)));
		kind.setSelection(new StructuredSelection(EvidenceKind.DOCUMENT));
		date = text(fields, Messages.NewEvidence_dateCaption, Messages.NewEvidence_dateName, SWT.BORDER, 2);
		date.setText(LocalDate.now().toString());
		date.setMessage(Messages.NewEvidence_dateHint);
		source = text(fields, Messages.NewEvidence_sourceCaption, Messages.NewEvidence_sourceName, SWT.BORDER, 2);
		description = text(fields, Messages.NewEvidence_descriptionCaption, Messages.NewEvidence_descriptionName,
				SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, 2);
		((org.eclipse.swt.layout.GridData) description.getLayoutData()).heightHint = 3 * description.getLineHeight();

		attachment = text(fields, Messages.NewEvidence_attachmentCaption, Messages.NewEvidence_attachmentName,
				SWT.BORDER, 1);
		attachment.setMessage(Messages.NewEvidence_attachmentHint);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.NewEvidence_browse);
		EditorWidgets.name(browse, Messages.NewEvidence_browseName);
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> browse()));

		impact = combo(fields, Messages.NewEvidence_impactCaption, Messages.NewEvidence_impactName,
				ImpactEvidence.VALUES.toArray(), element -> SipqmLabels.impact((ImpactEvidence) element));
		impact.setSelection(new StructuredSelection(ImpactEvidence.NONE));

		new Label(fields, SWT.NONE);
		concernsIndividual = new Button(fields, SWT.CHECK);
		concernsIndividual.setText(Messages.NewEvidence_concernsIndividual);
		EditorWidgets.name(concernsIndividual, Messages.NewEvidence_concernsIndividualName);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(concernsIndividual);

		title.addModifyListener(event -> validate());
		date.addModifyListener(event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.NewEvidence_create);
		validate();
		title.setFocus();
	}

	private Text text(Composite parent, String caption, String accessibleName, int style, int span) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(caption);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER)
				.applyTo(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1)
				.hint(convertWidthInCharsToPixels(FIELD_WIDTH_CHARS), SWT.DEFAULT).applyTo(text);
		EditorWidgets.name(text, accessibleName);
		return text;
	}

	private ComboViewer combo(Composite parent, String caption, String accessibleName, Object[] values,
			java.util.function.Function<Object, String> labels) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(caption);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.apply(element);
			}
		});
		viewer.setInput(values);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(viewer.getControl());
		EditorWidgets.name(viewer.getControl(), accessibleName);
		return viewer;
	}

	private void browse() {
		FileDialog files = new FileDialog(getShell(), SWT.OPEN);
		files.setText(Messages.NewEvidence_browseTitle);
		String chosen = files.open();
		if (chosen != null) {
			attachment.setText(chosen);
			if (title.getText().isBlank()) {
				String name = Path.of(chosen).getFileName().toString();
				int dot = name.lastIndexOf('.');
				title.setText(dot > 0 ? name.substring(0, dot) : name);
			}
		}
	}

	/**
	 * Shows an invalid date as an error and enables Create only when the title is filled in and the
	 * date is valid. A missing title is no error, as every new item starts without one.
	 */
	private void validate() {
		boolean dateValid = date.getText().isBlank() || parseDate(date.getText()) != null;
		setErrorMessage(dateValid ? null : NLS.bind(Messages.Editor_invalidDate, date.getText()));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(dateValid && !title.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		Path file = null;
		String path = attachment.getText().strip();
		if (!path.isEmpty()) {
			try {
				file = Path.of(path);
			} catch (InvalidPathException e) {
				setErrorMessage(NLS.bind(Messages.NewEvidence_invalidPath, path));
				return;
			}
		}
		EvidenceDraft draft = new EvidenceDraft(title.getText(), (EvidenceKind) kind.getStructuredSelection()
				.getFirstElement(), parseDate(date.getText()), source.getText(), description.getText(), file,
				(ImpactEvidence) impact.getStructuredSelection().getFirstElement(), concernsIndividual.getSelection());
		try {
			command = creator.create(draft);
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static LocalDate parseDate(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
	}
}
