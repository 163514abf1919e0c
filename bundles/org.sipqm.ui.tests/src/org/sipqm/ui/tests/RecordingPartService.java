package org.sipqm.ui.tests;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sipqm.ui.internal.evaluation.EvaluationEditors;

/**
 * An {@link EPartService} for parts rendered outside a workbench window: it creates parts from
 * descriptor ids, records the parts that it is requested to show and returns no other part.
 * Every other method throws, so a test notices when a part starts to use one.
 */
final class RecordingPartService {

	final List<MPart> created = new ArrayList<>();
	final List<MPart> shown = new ArrayList<>();

	EPartService proxy() {
		return (EPartService) Proxy.newProxyInstance(EPartService.class.getClassLoader(),
				new Class<?>[] { EPartService.class }, (proxy, method, arguments) -> switch (method.getName()) {
				case "createPart" -> create((String) arguments[0]);
				case "getParts" -> List.copyOf(shown);
				case "showPart" -> show((MPart) arguments[0]);
				case "toString" -> "RecordingPartService";
				default -> throw new UnsupportedOperationException("EPartService." + method.getName());
				});
	}

	private MPart create(String descriptorId) {
		if (descriptorId.startsWith(EvaluationEditors.EDITOR_DESCRIPTOR_PREFIX)) {
			// No editor bundle contributes its descriptor here, and the workbench returns null for an unknown id.
			return null;
		}
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(descriptorId);
		created.add(part);
		return part;
	}

	private MPart show(MPart part) {
		if (!shown.contains(part)) {
			shown.add(part);
		}
		return part;
	}
}
