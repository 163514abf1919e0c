package org.sipqm.compare.layout;

import java.util.List;

/** The columns of the local framework layout, in the order that export writes them. */
public enum Column {
	SCHEDULE("Schedule", true),
	SECTION_CODE("Section code", true),
	SECTION_TITLE("Section title", false),
	CRITERION_CODE("Criterion code", true),
	STATEMENT("Statement", true),
	CRITICAL("Critical", false),
	DESCRIPTOR_1("Descriptor 1", false),
	DESCRIPTOR_2("Descriptor 2", false),
	DESCRIPTOR_3("Descriptor 3", false),
	DESCRIPTOR_4("Descriptor 4", false);

	private final String header;
	private final boolean required;

	Column(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	/** Returns the name the header row gives the column. */
	public String header() {
		return header;
	}

	/** Returns whether a file without this column cannot be imported. */
	public boolean required() {
		return required;
	}

	static List<Column> descriptors() {
		return List.of(DESCRIPTOR_1, DESCRIPTOR_2, DESCRIPTOR_3, DESCRIPTOR_4);
	}
}
