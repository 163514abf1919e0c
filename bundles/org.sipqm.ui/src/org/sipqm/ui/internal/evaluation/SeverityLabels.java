package org.sipqm.ui.internal.evaluation;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;
import org.sipqm.core.validation.Severity;

/** Icons and names of the validator's severities, shared by the evaluation form and the Problems view. */
public final class SeverityLabels {

	private SeverityLabels() {
	}

	/** Returns the severity's 16-pixel icon from JFace's image registry, which owns it: never dispose it. */
	public static Image image(Severity severity) {
		return JFaceResources.getImage(switch (severity) {
		case ERROR -> Dialog.DLG_IMG_MESSAGE_ERROR;
		case WARNING -> Dialog.DLG_IMG_MESSAGE_WARNING;
		case INFO -> Dialog.DLG_IMG_MESSAGE_INFO;
		});
	}

	/** Returns the severity's name: "Error", "Warning" or "Information". */
	public static String name(Severity severity) {
		return switch (severity) {
		case ERROR -> Messages.Evaluation_severityError;
		case WARNING -> Messages.Evaluation_severityWarning;
		case INFO -> Messages.Evaluation_severityInfo;
		};
	}
}
