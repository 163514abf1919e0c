package org.sipqm.export.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sipqm.core.redaction.Audience;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExportScope;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.model.evaluation.Evaluation;

/** The second page: which documents to write, for which audience, into which folder. */
public final class FormatPage extends WizardPage {

	private final ExportChoices choices;

	private CheckboxTableViewer formats;
	private Button internal;
	private Button shared;
	private Text folder;
	private Label applies;

	FormatPage(ExportChoices choices) {
		super("format"); //$NON-NLS-1$
		this.choices = choices;
		setTitle(Messages.FormatPage_title);
		setDescription(Messages.FormatPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		Label formatsLabel = new Label(page, SWT.NONE);
		formatsLabel.setText(Messages.FormatPage_formats);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(formatsLabel);
		formats = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		formats.setContentProvider(ArrayContentProvider.getInstance());
		formats.setLabelProvider(LabelProvider.createTextProvider(element -> ((Exporter) element).label()));
		// Exporters of subject scope, such as the coverage report of a crosswalk, need a subject that this wizard cannot choose.
		formats.setInput(ExporterRegistry.getDefault().exporters().stream()
				.filter(exporter -> exporter.scope() != ExportScope.SUBJECT).toList());
		formats.addCheckStateListener(event -> update());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 180).applyTo(formats.getControl());
		applies = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(applies);

		Group audience = new Group(page, SWT.NONE);
		audience.setText(Messages.FormatPage_audience);
		GridLayoutFactory.swtDefaults().applyTo(audience);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(audience);
		shared = new Button(audience, SWT.RADIO);
		shared.setText(Messages.FormatPage_shared);
		internal = new Button(audience, SWT.RADIO);
		internal.setText(Messages.FormatPage_internal);
		shared.setSelection(choices.audience() == Audience.SHARED);
		internal.setSelection(choices.audience() == Audience.INTERNAL);
		shared.addListener(SWT.Selection, event -> update());
		internal.addListener(SWT.Selection, event -> update());

		new Label(page, SWT.NONE).setText(Messages.FormatPage_folder);
		folder = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		folder.addListener(SWT.Modify, event -> update());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.FormatPage_browse);
		browse.addListener(SWT.Selection, event -> browse());

		update();
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			update();
		}
	}

	/** Checks the exporters with the identifiers, for tests and callers that preselect. */
	public void choose(List<String> exporterIds, Audience audience, Path target) {
		formats.setCheckedElements(ExporterRegistry.getDefault().exporters().stream()
				.filter(exporter -> exporterIds.contains(exporter.id())).toArray());
		shared.setSelection(audience == Audience.SHARED);
		internal.setSelection(audience == Audience.INTERNAL);
		folder.setText(target.toString());
		update();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SHEET);
		dialog.setMessage(Messages.FormatPage_folderDialog);
		dialog.setFilterPath(folder.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	private void update() {
		List<Exporter> checked = new ArrayList<>();
		for (Object element : formats.getCheckedElements()) {
			checked.add((Exporter) element);
		}
		choices.setExporters(checked);
		choices.setAudience(internal.getSelection() ? Audience.INTERNAL : Audience.SHARED);

		List<Evaluation> evaluations = choices.evaluations();
		long accepted = evaluations.stream()
				.filter(evaluation -> choices.exportersForAudience().stream().anyMatch(exporter -> exporter.accepts(evaluation)))
				.count();
		applies.setText(NLS.bind(Messages.FormatPage_files, accepted));

		String problem = problem(accepted);
		// Nothing chosen yet is the page's starting state, so it is a prompt, not an error.
		boolean nothingChosen = choices.exportersForAudience().isEmpty();
		setErrorMessage(nothingChosen ? null : problem);
		setMessage(nothingChosen ? Messages.FormatPage_noFormat : null);
		setPageComplete(problem == null);
	}

	private String problem(long accepted) {
		if (choices.exportersForAudience().isEmpty()) {
			return Messages.FormatPage_noFormat;
		}
		if (accepted == 0) {
			return Messages.FormatPage_nothingAccepted;
		}
		String text = folder.getText().strip();
		if (text.isEmpty()) {
			choices.setFolder(null);
			return Messages.FormatPage_noFolder;
		}
		try {
			Path path = Path.of(text);
			if (Files.exists(path) && !Files.isDirectory(path)) {
				return NLS.bind(Messages.FormatPage_notAFolder, path);
			}
			choices.setFolder(path);
			return null;
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.FormatPage_notAFolder, text);
		}
	}
}
