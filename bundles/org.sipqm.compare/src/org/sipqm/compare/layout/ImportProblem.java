package org.sipqm.compare.layout;

/**
 * A row of an imported file that could not be read, or was skipped.
 *
 * @param row the row number as a spreadsheet shows it, the header being row 1
 * @param column the column name from the layout, or an empty string when the whole row is meant
 * @param blocking whether the problem stops the import from being accepted; only skipped empty rows
 *                 do not block
 */
public record ImportProblem(int row, String column, String reason, boolean blocking) {
}
