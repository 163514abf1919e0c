package org.sipqm.core.internal.validation.rules;

import java.nio.file.Files;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.sipqm.core.evidence.Attachments;
import org.sipqm.core.evidence.InvalidAttachmentException;
import org.sipqm.core.internal.Messages;
import org.sipqm.core.internal.validation.ElementLabels;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.EvidenceItem;

/**
 * An evidence item's attachment, a path relative to the workspace folder, should exist. Paths that
 * lead outside the folder are left to {@link AttachmentOutsideRule}.
 */
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
		EvidenceItem item = (EvidenceItem) element;
		try {
			if (!Files.isRegularFile(Attachments.resolve(context.workspace(), item))) {
				context.report(Severity.WARNING, element,
						NLS.bind(Messages.Rule_attachmentMissing, ElementLabels.label(element), item.getAttachment()));
			}
		} catch (InvalidAttachmentException e) {
			// Reported by evidence.attachment-outside-workspace.
		}
	}
}
