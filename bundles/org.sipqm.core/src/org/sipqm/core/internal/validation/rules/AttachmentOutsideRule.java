package org.sipqm.core.internal.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.sipqm.core.evidence.Attachments;
import org.sipqm.core.evidence.InvalidAttachmentException;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleContext;
import org.sipqm.core.validation.RuleIds;
import org.sipqm.core.validation.Severity;
import org.sipqm.model.evaluation.EvidenceItem;

/**
 * An evidence item's attachment must be a path inside the workspace folder, as {@link Attachments}
 * resolves it: not absolute, not climbing out with "..", and not through a symbolic link that
 * leads outside. Such an attachment is never opened, and a shared copy of the workspace would
 * lack it.
 */
public class AttachmentOutsideRule implements ElementRule {

	@Override
	public String id() {
		return RuleIds.EVIDENCE_ATTACHMENT_OUTSIDE;
	}

	@Override
	public boolean appliesTo(EObject element) {
		return element instanceof EvidenceItem item && item.getAttachment() != null && !item.getAttachment().isBlank();
	}

	@Override
	public void check(EObject element, RuleContext context) {
		try {
			Attachments.resolve(context.workspace(), (EvidenceItem) element);
		} catch (InvalidAttachmentException e) {
			context.report(Severity.ERROR, element, e.getMessage());
		}
	}
}
