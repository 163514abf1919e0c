package org.sipqm.compare.layout;

import java.util.List;

/**
 * One row of a file as text cells, with its row number as a spreadsheet shows it.
 *
 * @param encodingError the position of the first invalid byte in the row, or -1 when the row decoded
 *                      cleanly
 */
record SourceRow(int number, List<String> cells, int encodingError) {

	SourceRow(int number, List<String> cells) {
		this(number, cells, -1);
	}

	boolean blank() {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
