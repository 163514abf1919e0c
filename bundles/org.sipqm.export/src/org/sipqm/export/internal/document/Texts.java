package org.sipqm.export.internal.document;

/** Makes text that users typed safe to put into XML, a PDF or a spreadsheet cell. */
public final class Texts {

	private Texts() {
	}

	/**
	 * Returns the text without the characters that XML 1.0 cannot hold (control characters other
	 * than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF), with line
	 * breaks as line feeds, or null for null.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder result = new StringBuilder(lines.length());
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
				result.append(c).append(lines.charAt(++i));
			} else if (allowed(c)) {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** Returns the cleaned text, or null when it is null or only white space. */
	public static String cleanOrNull(String text) {
		String cleaned = clean(text);
		return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
	}

	private static boolean allowed(char c) {
		if (c == '\t' || c == '\n') {
			return true;
		}
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			return false;
		}
		return !Character.isSurrogate(c);
	}
}
