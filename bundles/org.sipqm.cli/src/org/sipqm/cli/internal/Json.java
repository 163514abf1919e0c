package org.sipqm.cli.internal;

import com.google.gson.GsonBuilder;

/** Writes command results as indented JSON. */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(value);
	}
}
