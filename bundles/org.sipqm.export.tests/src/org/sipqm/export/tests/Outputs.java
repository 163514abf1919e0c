package org.sipqm.export.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.sipqm.core.redaction.Audience;
import org.sipqm.core.store.Workspace;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportRequest;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.sipqm.model.evaluation.Evaluation;

/** Runs exporters into memory and reads their output back with the libraries that read each format. */
final class Outputs {

	private Outputs() {
	}

	static Exporter exporter(String id) {
		return ExporterRegistry.getDefault().find(id).orElseThrow(() -> new AssertionError("No exporter " + id));
	}

	/** Exports the evaluations with the exporter for the audience and returns the bytes written. */
	static byte[] export(String exporterId, Workspace workspace, List<? extends Evaluation> evaluations,
			Audience audience) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter(exporterId).export(new ExportRequest(workspace, List.copyOf(evaluations), audience), out,
				ExportMonitor.NONE);
		return out.toByteArray();
	}

	/** A PDF read back: its text, pages, outline titles with their depth and fonts. */
	record Pdf(String text, int pages, List<String> outline, List<PDFont> fonts, boolean tagged, String title) {
	}

	static Pdf pdf(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			List<String> outline = new ArrayList<>();
			if (document.getDocumentCatalog().getDocumentOutline() != null) {
				addOutline(document.getDocumentCatalog().getDocumentOutline(), "", outline);
			}
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			boolean tagged = document.getDocumentCatalog().getMarkInfo() != null
					&& document.getDocumentCatalog().getMarkInfo().isMarked()
					&& document.getDocumentCatalog().getStructureTreeRoot() != null;
			return new Pdf(text, document.getNumberOfPages(), outline, fonts, tagged,
					document.getDocumentInformation().getTitle());
		}
	}

	private static void addOutline(PDOutlineNode node, String indent, List<String> titles) {
		for (PDOutlineItem item : node.children()) {
			titles.add(indent + item.getTitle());
			addOutline(item, indent + "  ", titles);
		}
	}

	/**
	 * Returns the text of the pages without the running header and footer lines, which text
	 * extraction puts between the parts of a paragraph that runs over a page break.
	 */
	static String body(Pdf pdf) {
		return pdf.text().lines()
				.filter(line -> !line.strip().equals(pdf.title()))
				.filter(line -> !line.strip().matches("(Internal|Shared)?\\s*Page \\d+ of \\d+\\s*(Internal|Shared)?"))
				.filter(line -> !line.strip().matches("Internal|Shared"))
				.collect(java.util.stream.Collectors.joining("\n"));
	}

	/** Returns the text with every run of white space as one space, as text extraction may break lines anywhere. */
	static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** Reads every sheet of a workbook as rows of cell texts, by sheet name. */
	static Map<String, List<List<String>>> xlsx(byte[] bytes) throws IOException {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				List<List<String>> rows = new ArrayList<>();
				for (Row row : sheet.read()) {
					List<String> cells = new ArrayList<>();
					for (int column = 0; column < row.getCellCount(); column++) {
						cells.add(row.getCellText(column));
					}
					rows.add(cells);
				}
				sheets.put(sheet.getName(), rows);
			}
		}
		return sheets;
	}

	/** Returns the XML of each part of an XLSX package by its name, for what the cell reader does not show. */
	static Map<String, String> zipEntries(byte[] bytes) throws IOException {
		// The XLSX writer streams its entries with data descriptors, which ZipInputStream rejects,
		// so the package is read through its central directory.
		Path file = Files.createTempFile("sipqm-export-", ".xlsx");
		try {
			Files.write(file, bytes);
			Map<String, String> entries = new LinkedHashMap<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return entries;
		} finally {
			Files.deleteIfExists(file);
		}
	}

	static List<CSVRecord> csv(byte[] bytes) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

	static List<String> csvHeader(byte[] bytes) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)),
				CSVFormat.RFC4180.builder().setHeader().get())) {
			return parser.getHeaderNames();
		}
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Returns all the text a person could read in an output of any format, for searching. */
	static String readableText(String fileExtension, byte[] bytes) throws IOException {
		return switch (fileExtension) {
		case "pdf" -> flat(pdf(bytes).text());
		case "xlsx" -> {
			StringBuilder text = new StringBuilder();
			xlsx(bytes).values().forEach(rows -> rows.forEach(row -> text.append(String.join(" ", row)).append('\n')));
			yield text.toString();
		}
		default -> utf8(bytes);
		};
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
