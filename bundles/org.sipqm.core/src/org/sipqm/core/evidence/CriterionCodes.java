package org.sipqm.core.evidence;

/** Compares criterion codes such as 1.1.3 and 2.3a.10 part by part, numbers by value. */
public final class CriterionCodes {

	private CriterionCodes() {
	}

	/** Compares two codes: 1.1.9 before 1.1.10, 2.3 before 2.3a. */
	public static int compare(String first, String second) {
		String[] left = first.split("[.-]");
		String[] right = second.split("[.-]");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int order = comparePart(left[i], right[i]);
			if (order != 0) {
				return order;
			}
		}
		int order = Integer.compare(left.length, right.length);
		return order != 0 ? order : first.compareTo(second);
	}

	private static int comparePart(String left, String right) {
		int leftNumber = leadingNumber(left);
		int rightNumber = leadingNumber(right);
		if (leftNumber != rightNumber) {
			return Integer.compare(leftNumber, rightNumber);
		}
		return left.compareTo(right);
	}

	/** Returns the number the part starts with, or -1 when it starts with no digit. */
	private static int leadingNumber(String part) {
		int end = 0;
		while (end < part.length() && end < 9 && Character.isDigit(part.charAt(end))) {
			end++;
		}
		return end == 0 ? -1 : Integer.parseInt(part.substring(0, end));
	}
}
