package org.sipqm.ui.internal.parts;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.sipqm.ui.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The first part of the workbench window: an Eclipse Forms page that names the product and
 * the workspace folder the workbench was started on.
 */
public class WelcomePart {

	/** Trace option, listed in the bundle's {@code .options} file, that logs the start-up time. */
	static final String STARTUP_TRACE_OPTION = "org.sipqm.ui/debug/startup"; //$NON-NLS-1$

	private FormToolkit toolkit;

	@PostConstruct
	public void createControls(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.setText(Messages.WelcomePart_formTitle);
		toolkit.decorateFormHeading(form.getForm());

		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, false));
		toolkit.createLabel(body, Messages.WelcomePart_workspaceLabel);
		Label workspaceLabel = toolkit.createLabel(body, describeWorkspace(Platform.getInstanceLocation()), SWT.WRAP);
		workspaceLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		traceStartupTime();
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
		if (instanceLocation == null || !instanceLocation.isSet()) {
			return Messages.WelcomePart_noWorkspace;
		}
		URL url = instanceLocation.getURL();
		try {
			return new File(url.toURI()).getPath();
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox builds file: URLs without escaping, so a path with spaces is no valid URI.
			return url.getPath();
		}
	}

	private static void traceStartupTime() {
		if (!Platform.getDebugBoolean(STARTUP_TRACE_OPTION)) {
			return;
		}
		ProcessHandle.current().info().startInstant().ifPresent(start -> {
			long millis = Duration.between(start, Instant.now()).toMillis();
			ILog.of(WelcomePart.class).info("Welcome part created " + millis + " ms after the JVM started"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}
}
