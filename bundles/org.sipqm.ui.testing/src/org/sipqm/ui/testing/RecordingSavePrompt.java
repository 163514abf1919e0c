package org.sipqm.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.sipqm.ui.internal.editing.SavePrompt;

/**
 * A save prompt for tests: it records the parts it prompted for and returns one fixed choice, and
 * it fails the test when a save fails.
 */
public final class RecordingSavePrompt implements SavePrompt {

	private final Choice choice;
	private final List<MPart> prompted = new ArrayList<>();

	public RecordingSavePrompt(Choice choice) {
		this.choice = choice;
	}

	@Override
	public Choice ask(List<MPart> dirtyParts) {
		prompted.addAll(dirtyParts);
		return choice;
	}

	@Override
	public void showSaveFailure(MPart part, String message) {
		throw new AssertionError("save failed: " + message);
	}

	/** Returns the parts it prompted for, in order. */
	public List<MPart> prompted() {
		return List.copyOf(prompted);
	}
}
