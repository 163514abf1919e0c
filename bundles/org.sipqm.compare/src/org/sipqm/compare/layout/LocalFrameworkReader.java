package org.sipqm.compare.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.osgi.util.NLS;
import org.sipqm.compare.internal.Messages;

/**
 * Reads a local framework in the layout that {@code docs/local-framework-format.md} describes, from
 * CSV in UTF-8 or from an XLSX workbook. Reading keeps nothing: it returns a {@link LocalFrameworkImport} to preview and accept.
 */
public final class LocalFrameworkReader {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private LocalFrameworkReader() {
	}

	/**
	 * Reads CSV in UTF-8, with or without a byte order mark, separated by commas and quoted with double
	 * quotes. A line that is not valid UTF-8 is reported and adds nothing.
	 *
	 * @param id the framework id for criterion URIs, for example "derby-qm"
	 * @param edition the edition for criterion URIs, for example "2008"
	 * @throws IOException when the stream cannot be read
	 */
	public static LocalFrameworkImport readCsv(InputStream in, String id, String edition, String name) throws IOException {
		byte[] bytes = in.readAllBytes();
		Map<Integer, Integer> encodingErrors = new HashMap<>();
		String text = decode(bytes, encodingErrors);
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			text = text.substring(1);
		}

		List<SourceRow> rows = new ArrayList<>();
		List<ImportProblem> unreadable = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()
				.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				// NOTE: rows are numbered by record, so a quoted cell spanning lines shifts the row numbers after it.
				int number = (int) record.getRecordNumber();
				rows.add(new SourceRow(number, record.toList(), encodingErrors.getOrDefault(number, -1)));
			}
		} catch (UncheckedIOException e) {
			// Commons CSV stops at an unterminated quote; the rows before it are still reported.
			unreadable.add(new ImportProblem(rows.size() + 1, "",
					NLS.bind(Messages.Import_unreadableFile, e.getCause().getMessage()), true));
		}
		return new RowParser(id, edition, name).parse(rows, unreadable);
	}

	/**
	 * Reads the first worksheet of an XLSX workbook. Rows the workbook does not store, being empty,
	 * are skipped without a report; rows whose cells are all blank are reported as empty.
	 *
	 * @throws IOException when the stream cannot be read
	 */
	public static LocalFrameworkImport readXlsx(InputStream in, String id, String edition, String name) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		List<ImportProblem> unreadable = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
			sheetRows.forEach(row -> rows.add(new SourceRow(row.getRowNum(), cells(row))));
		} catch (ExcelReaderException | UncheckedIOException e) {
			unreadable.add(new ImportProblem(rows.size() + 1, "", NLS.bind(Messages.Import_unreadableFile, e.getMessage()), true));
		} catch (IOException e) {
			// fastexcel reports a stream that is not a workbook as an IOException before reading any row.
			unreadable.add(new ImportProblem(1, "", NLS.bind(Messages.Import_unreadableFile, e.getMessage()), true));
		}
		return new RowParser(id, edition, name).parse(rows, unreadable);
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add(cell == null ? "" : cell.getText());
		}
		return cells;
	}

	/**
	 * Decodes UTF-8 line by line, replacing invalid bytes, and records for each line that has one the
	 * position of its first invalid byte, keyed by the 1-based line number.
	 */
	static String decode(byte[] bytes, Map<Integer, Integer> encodingErrors) {
		StringBuilder text = new StringBuilder(bytes.length);
		int lineStart = 0;
		int line = 1;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				int end = Math.min(i + 1, bytes.length);
				text.append(decodeLine(bytes, lineStart, end - lineStart, line, encodingErrors));
				lineStart = end;
				line++;
			}
		}
		return text.toString();
	}

	private static String decodeLine(byte[] bytes, int start, int length, int line, Map<Integer, Integer> encodingErrors) {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, length);
		try {
			CharBuffer decoded = strict.decode(buffer);
			return decoded.toString();
		} catch (MalformedInputException e) {
			encodingErrors.put(line, buffer.position() - start);
		} catch (CharacterCodingException e) {
			encodingErrors.put(line, 0);
		}
		return new String(bytes, start, length, StandardCharsets.UTF_8);
	}
}
