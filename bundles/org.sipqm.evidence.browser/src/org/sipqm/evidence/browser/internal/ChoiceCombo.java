package org.sipqm.evidence.browser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A labelled read-only combo whose first choice, "All", stands for no filter and whose other
 * choices each stand for a value. The label gives the combo its accessible name and mnemonic.
 */
final class ChoiceCombo<T> {

	/** Width of every combo in pixels, enough for "Requires some improvement" and most school names. */
	private static final int COMBO_WIDTH = 150;

	private final Combo combo;
	private final Function<T, String> labels;
	private final List<T> values = new ArrayList<>();

	ChoiceCombo(Composite parent, String label, Function<T, String> labels, Runnable onChange) {
		this.labels = labels;
		Composite cell = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		cell.setLayout(layout);

		Label caption = new Label(cell, SWT.NONE);
		caption.setText(label);
		combo = new Combo(cell, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridData comboData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		// A fixed width keeps long school names from widening the bar; the list shows them whole.
		comboData.widthHint = COMBO_WIDTH;
		combo.setLayoutData(comboData);
		combo.setVisibleItemCount(20);
		String accessibleName = label.replace("&", "").replace(":", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		combo.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = accessibleName;
			}
		});
		combo.addListener(SWT.Selection, event -> {
			combo.setToolTipText(combo.getText());
			onChange.run();
		});
		setValues(List.of());
	}

	/** Replaces the choices, keeping the selected value when it is still among them. */
	void setValues(List<T> newValues) {
		T selected = selected();
		values.clear();
		values.addAll(newValues);
		List<String> items = new ArrayList<>();
		items.add(Messages.Filter_all);
		for (T value : values) {
			items.add(labels.apply(value));
		}
		combo.setItems(items.toArray(String[]::new));
		int position = selected == null ? -1 : values.indexOf(selected);
		combo.select(position + 1);
	}

	/** Returns the selected value, or null when "All" is selected. */
	T selected() {
		int index = combo.getSelectionIndex();
		return index <= 0 || index > values.size() ? null : values.get(index - 1);
	}

	/** Selects the value, or "All" for null or a value that is not a choice. */
	void select(T value) {
		combo.select(value == null ? 0 : values.indexOf(value) + 1);
	}

	Combo combo() {
		return combo;
	}

	boolean isSelected(T value) {
		return Objects.equals(selected(), value);
	}
}
