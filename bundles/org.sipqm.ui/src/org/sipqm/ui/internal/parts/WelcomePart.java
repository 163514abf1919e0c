package org.sipqm.ui.internal.parts;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.summary.WorkspaceSummary;
import org.sipqm.ui.internal.Messages;
import org.sipqm.ui.internal.StartupTrace;
import org.sipqm.ui.internal.workspace.InstanceLocation;
import org.sipqm.ui.internal.workspace.WorkspaceEvents;
import org.sipqm.ui.internal.workspace.WorkspaceService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The first part of the editor area: an Eclipse Forms page that names the product and the
 * workspace folder. It counts what the loaded workspace contains and explains how to open an
 * evaluation.
 */
public class WelcomePart {

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Label workspaceLabel;
	private Label contentsLabel;

	@PostConstruct
	public void createControls(Composite parent, WorkspaceService workspaceService) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.WelcomePart_formTitle);
		toolkit.decorateFormHeading(form.getForm());

		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, Messages.WelcomePart_workspaceLabel);
		workspaceLabel = wrappingLabel(body, describeWorkspace(Platform.getInstanceLocation()), 1);
		toolkit.createLabel(body, Messages.WelcomePart_loadedLabel);
		contentsLabel = wrappingLabel(body, "", 1); //$NON-NLS-1$
		wrappingLabel(body, Messages.WelcomePart_hint, 2);
		workspaceService.current().ifPresent(this::workspaceLoaded);

		StartupTrace.log("Welcome part created"); //$NON-NLS-1$
	}

	@Inject
	@Optional
	void workspaceLoaded(@UIEventTopic(WorkspaceEvents.LOADED) Workspace workspace) {
		if (form == null || form.isDisposed()) {
			return;
		}
		WorkspaceSummary summary = WorkspaceSummary.of(workspace);
		workspaceLabel.setText(workspace.root().toString());
		contentsLabel.setText(NLS.bind(Messages.WelcomePart_loaded, new Object[] { summary.localAuthorities(),
				summary.schools(), summary.evaluations() }));
		form.reflow(true);
	}

	@PreDestroy
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
	}

	/**
	 * Returns the folder of the instance location ({@code -data}) as a file system path, or a
	 * message saying that no folder is set.
	 */
	static String describeWorkspace(Location instanceLocation) {
		return InstanceLocation.folder(instanceLocation).map(Path::toString).orElse(Messages.WelcomePart_noWorkspace);
	}

	private Label wrappingLabel(Composite body, String text, int span) {
		Label label = toolkit.createLabel(body, text, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}
}
