package org.sipqm.core.internal.validation.rules;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.EvidenceItem;

/** An evidence item's attachment, a path relative to the workspace folder, should exist. */
public class AttachmentRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.EVIDENCE_ATTACHMENT_MISSING;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof EvidenceItem item && item.getAttachment() != null && !item.getAttachment().isBlank();
	}

	@Override
	public void check(EObject element, RuleContext context) {
		String attachment = ((EvidenceItem) element).getAttachment();
		Path root = context.workspace().root();
		if (!exists(root, attachment)) {
			context.report(Severity.WARNING, element,
					NLS.bind(Messages.Rule_attachmentMissing, ElementLabels.label(element), attachment));
		}
	}

	private static boolean exists(Path root, String attachment) {
		try {
			Path file = root.resolve(attachment).normalize();
			return file.startsWith(root) && Files.isRegularFile(file);
		} catch (InvalidPathException e) {
			return false;
		}
	}
}
