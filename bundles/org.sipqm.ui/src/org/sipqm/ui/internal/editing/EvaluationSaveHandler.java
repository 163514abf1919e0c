package org.sipqm.ui.internal.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.InjectionException;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.sipqm.ui.internal.editing.SavePrompt.Choice;

/**
 * Saves dirty parts for the workbench: when the user closes an editor, closes the window or quits,
 * and for Save and Save All. With confirmation it asks save, discard or cancel through a
 * {@link SavePrompt}; saving calls the part's {@link Persist} method.
 */
public final class EvaluationSaveHandler implements ISaveHandler {

	private final SavePrompt prompt;

	public EvaluationSaveHandler(SavePrompt prompt) {
		this.prompt = prompt;
	}

	@Override
	public boolean save(MPart dirtyPart, boolean confirm) {
		return saveParts(List.of(dirtyPart), confirm);
	}

	@Override
	public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
		List<MPart> dirty = EditingSessions.dirty(dirtyParts);
		if (dirty.isEmpty()) {
			return true;
		}
		Choice choice = confirm ? prompt.ask(dirty) : Choice.SAVE;
		switch (choice) {
		case CANCEL:
			return false;
		case DISCARD:
			dirty.forEach(EvaluationSaveHandler::discard);
			return true;
		case SAVE:
		default:
			return dirty.stream().allMatch(this::persist);
		}
	}

	@Override
	public Save promptToSave(MPart dirtyPart) {
		return promptToSave(List.of(dirtyPart))[0];
	}

	@Override
	public Save[] promptToSave(Collection<MPart> dirtyParts) {
		Save answer = switch (prompt.ask(new ArrayList<>(dirtyParts))) {
		case SAVE -> Save.YES;
		case DISCARD -> Save.NO;
		case CANCEL -> Save.CANCEL;
		};
		Save[] answers = new Save[dirtyParts.size()];
		java.util.Arrays.fill(answers, answer);
		return answers;
	}

	private boolean persist(MPart part) {
		Object editor = part.getObject();
		if (editor == null || part.getContext() == null) {
			return true;
		}
		try {
			ContextInjectionFactory.invoke(editor, Persist.class, part.getContext());
			return !part.isDirty();
		} catch (InjectionException | IllegalStateException e) {
			Throwable cause = e instanceof InjectionException && e.getCause() != null ? e.getCause() : e;
			ILog.of(getClass()).error("Saving " + part.getLabel() + " failed", cause); //$NON-NLS-1$ //$NON-NLS-2$
			prompt.showSaveFailure(part, cause.getMessage());
			return false;
		}
	}

	private static void discard(MPart part) {
		EvaluationEditingSession session = EditingSessions.of(part);
		if (session != null) {
			session.discard();
		}
		part.setDirty(false);
	}
}
