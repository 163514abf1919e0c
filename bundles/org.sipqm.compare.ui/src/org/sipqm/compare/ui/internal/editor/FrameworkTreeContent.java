package org.sipqm.compare.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.Schedule;
import org.sipqm.model.framework.Section;

/** Tree of a framework's schedules, sections with their subsections, and criteria, and the labels of its nodes. */
final class FrameworkTreeContent {

	private FrameworkTreeContent() {
	}

	/**
	 * Content provider whose input is a list with the framework, which is then the single root. The
	 * viewer maps its input to the tree control, so the framework itself cannot be the input.
	 */
	static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> roots ? roots.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return switch (parent) {
			case Framework framework -> framework.getSchedules().toArray();
			case Schedule schedule -> schedule.getSections().toArray();
			case Section section -> {
				List<Object> children = new ArrayList<>(section.getCriteria());
				children.addAll(section.getSubsections());
				yield children.toArray();
			}
			default -> new Object[0];
			};
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof org.eclipse.emf.ecore.EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/** Labels: the framework's name, "Schedule 2: title", "Section 1.1: title", and a criterion's code and wording. */
	static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			return switch (element) {
			case Framework framework -> NLS.bind(Messages.Editor_frameworkNode, text(framework.getName()),
					text(framework.getEdition()));
			case Schedule schedule -> NLS.bind(Messages.Editor_scheduleNode, schedule.getNumber(),
					text(schedule.getTitle()));
			case Section section -> NLS.bind(Messages.Editor_sectionNode, text(section.getCode()), text(section.getTitle()));
			case Criterion criterion -> NLS.bind(criterion.isCritical() ? Messages.Editor_criticalCriterionNode
					: Messages.Editor_criterionNode, text(criterion.getCode()), firstLine(criterion.getStatement()));
			default -> String.valueOf(element);
			};
		}

		private static String text(String value) {
			return value == null ? "" : value; //$NON-NLS-1$
		}

		private static String firstLine(String value) {
			String line = text(value).strip().lines().findFirst().orElse(""); //$NON-NLS-1$
			return line.length() > 80 ? line.substring(0, 79) + "…" : line; //$NON-NLS-1$
		}
	}
}
