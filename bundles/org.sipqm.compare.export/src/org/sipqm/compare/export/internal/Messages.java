package org.sipqm.compare.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * Text of the coverage report, loaded from {@code messages.properties} beside this class, so that a
 * region can adjust the wording. The template reads the same text through {@link #asMap()} as
 * {@code coverageText}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.sipqm.compare.export.internal.messages"; //$NON-NLS-1$

	public static String Coverage_title;
	public static String Coverage_subtitle;
	public static String Coverage_framework;
	public static String Coverage_note;
	public static String Coverage_summary;
	public static String Coverage_invalidMappings;
	public static String Coverage_sections;
	public static String Coverage_sectionsNote;
	public static String Coverage_schedule;
	public static String Coverage_criterionSchedule;
	public static String Coverage_chartDescription;
	public static String Coverage_uncovered;
	public static String Coverage_uncoveredNote;
	public static String Coverage_noUncovered;
	public static String Coverage_beyond;
	public static String Coverage_beyondNote;
	public static String Coverage_noBeyond;
	public static String Coverage_unmapped;
	public static String Coverage_unmappedNote;
	public static String Coverage_noUnmapped;
	public static String Column_schedule;
	public static String Column_section;
	public static String Column_criterion;
	public static String Column_statement;
	public static String Column_title;
	public static String Column_critical;
	public static String Column_covered;
	public static String Column_total;
	public static String Column_percent;
	public static String Critical_yes;
	public static String Chart_section;
	public static String Chart_percentCovered;
	public static String Sheet_sections;
	public static String Sheet_uncovered;
	public static String Sheet_beyond;
	public static String Sheet_unmapped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Returns every message by its key, for the template. */
	public static Map<String, String> asMap() {
		Map<String, String> messages = new LinkedHashMap<>();
		for (var field : Messages.class.getFields()) {
			if (field.getType() == String.class) {
				try {
					messages.put(field.getName(), (String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException("Cannot read the message " + field.getName(), e);
				}
			}
		}
		return messages;
	}
}
