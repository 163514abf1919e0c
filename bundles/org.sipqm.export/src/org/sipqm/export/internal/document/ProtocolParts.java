package org.sipqm.export.internal.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sipqm.export.internal.Messages;
import org.sipqm.export.internal.document.Parts.ProtocolEntry;
import org.sipqm.export.internal.document.Parts.ProtocolPart;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.ProtocolCheck;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.framework.Protocol;
import org.sipqm.model.framework.ProtocolStep;

/** Builds the joint-visit protocol part of a note of visit, with the framework's text for each step. */
final class ProtocolParts {

	private ProtocolParts() {
	}

	static ProtocolPart of(ShadowVisit visit) {
		Map<String, String> stepTexts = stepTexts();
		List<ProtocolEntry> steps = visit.getProtocolChecks().stream()
				.map(check -> entry(check, stepTexts))
				.toList();
		return new ProtocolPart("protocol", Messages.Document_protocol, steps);
	}

	private static ProtocolEntry entry(ProtocolCheck check, Map<String, String> stepTexts) {
		String step = stepTexts.getOrDefault(check.getStep(), check.getStep());
		return new ProtocolEntry(Texts.clean(String.valueOf(step)), check.isDone() ? Messages.Document_done
				: Messages.Document_notDone, Labels.date(check.getDate()), Texts.cleanOrNull(check.getNote()));
	}

	/** Returns the text of every protocol step of schedule 3 by its code. */
	private static Map<String, String> stepTexts() {
		Map<String, String> texts = new HashMap<>();
		FrameworkRegistry.getDefault().schedule(3).ifPresent(schedule -> {
			for (Protocol protocol : schedule.getProtocols()) {
				for (ProtocolStep step : protocol.getSteps()) {
					texts.put(step.getCode(), step.getText());
				}
			}
		});
		return texts;
	}
}
