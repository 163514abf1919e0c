package org.sipqm.compare.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.sipqm.compare.export.CrosswalkCoverage;
import org.sipqm.core.redaction.Audience;
import org.sipqm.export.ExportMonitor;
import org.sipqm.export.ExportScope;
import org.sipqm.export.Exporter;
import org.sipqm.export.ExporterRegistry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports the coverage report of a hand-made crosswalk through the exporter registry, as the
 * crosswalk view does, and reads each format back: PDF text with PDFBox, the HTML page as XML and the
 * workbook with fastexcel's reader.
 */
class CoverageReportExportTest {

	private static final String PDF = "org.sipqm.compare.export.coverageReport.pdf";
	private static final String HTML = "org.sipqm.compare.export.coverageReport.html";
	private static final String XLSX = "org.sipqm.compare.export.coverageReport.xlsx";

	private final CrosswalkCoverage coverage = CoverageFrameworks.coverage();

	@Test
	void registryOffersThreeFormats() {
		List<Exporter> exporters = ExporterRegistry.getDefault().select(CrosswalkCoverage.KIND, null, Audience.SHARED);

		assertEquals(List.of(PDF, HTML, XLSX), exporters.stream().map(Exporter::id).toList());
		for (Exporter exporter : exporters) {
			assertEquals(ExportScope.SUBJECT, exporter.scope(), exporter.id());
			assertTrue(exporter.acceptsSubject(coverage), exporter.id());
			assertTrue(!exporter.acceptsSubject("a crosswalk"), exporter.id());
		}
	}

	@Test
	void pdfListsUncoveredCriticalFirst() throws IOException {
		String text = pdfText(export(PDF));
		String uncovered = between(text, "National criteria not covered", "Local criteria beyond the national framework");

		int critical = uncovered.indexOf("1.2.1");
		assertTrue(critical >= 0, uncovered);
		assertTrue(critical < uncovered.indexOf("1.1.3"), uncovered);
		assertTrue(uncovered.indexOf("1.1.3") < uncovered.indexOf("1.2.2"), uncovered);
		assertTrue(uncovered.indexOf("critical") > critical, uncovered);
		assertTrue(uncovered.indexOf("critical") < uncovered.indexOf("1.1.3"), "only 1.2.1 is marked critical: " + uncovered);
		assertTrue(!uncovered.contains("1.1.1"), "1.1.1 is covered: " + uncovered);
	}

	@Test
	void pdfShowsSectionFigures() throws IOException {
		String text = pdfText(export(PDF));

		assertTrue(text.contains("The local framework covers 2 of 6 national criteria (33%)"), text);
		assertTrue(Pattern.compile("1\\.1\\s+Deployment of SIPs\\s+2\\s+3\\s+67").matcher(text).find(), text);
		assertTrue(Pattern.compile("1\\.2\\s+Challenge and support\\s+0\\s+2\\s+0").matcher(text).find(), text);
		assertTrue(Pattern.compile("\\n1\\s+Termly review\\s+0\\s+1\\s+0").matcher(text).find(), text);
	}

	@Test
	void pdfHasChartPerSchedule() throws IOException {
		String text = pdfText(export(PDF));
		String sections = text.substring(text.indexOf("Coverage by section"));

		assertEquals(2, count(sections, "National criteria covered (%)"), "one chart axis per schedule: " + sections);
	}

	@Test
	void pdfListsLocalCriteriaBeyondAndUnmapped() throws IOException {
		String text = pdfText(export(PDF));

		String beyond = between(text, "Local criteria beyond the national framework", "Local criteria not yet mapped");
		assertTrue(beyond.contains("A.4"), beyond);
		assertTrue(!beyond.contains("A.3"), beyond);
		String unmapped = between(text, "Local criteria not yet mapped", "Coverage by section");
		assertTrue(unmapped.contains("A.3"), unmapped);
		assertTrue(!unmapped.contains("A.4"), unmapped);
	}

	@Test
	void htmlTablesAndChart() throws Exception {
		Document page = xhtml(export(HTML));
		XPath xpath = XPathFactory.newInstance().newXPath();

		NodeList uncovered = (NodeList) xpath.evaluate(
				"//*[@id='uncovered']//*[local-name()='tbody']/*[local-name()='tr']", page, XPathConstants.NODESET);
		assertEquals(4, uncovered.getLength());
		assertTrue(uncovered.item(0).getTextContent().startsWith("1.2.1"), uncovered.item(0).getTextContent());
		assertTrue(uncovered.item(0).getTextContent().contains("critical"), uncovered.item(0).getTextContent());

		List<List<String>> sections = rows(xpath.evaluate(
				"//*[@id='sections']//*[local-name()='tbody']/*[local-name()='tr']", page, XPathConstants.NODESET));
		assertEquals(List.of(List.of("1.1", "Deployment of SIPs", "2", "3", "67"),
				List.of("1.2", "Challenge and support", "0", "2", "0"), List.of("1", "Termly review", "0", "1", "0")),
				sections);

		NodeList charts = (NodeList) xpath.evaluate("//*[local-name()='figure']/*[local-name()='svg']", page,
				XPathConstants.NODESET);
		assertEquals(2, charts.getLength());
		assertTrue(charts.item(0).getTextContent().contains("National criteria covered (%)"));
		assertEquals("Bar chart of the percentage of national criteria covered in each section",
				((Element) charts.item(0).getParentNode()).getAttribute("aria-label"));
	}

	@Test
	void xlsxSheets() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export(XLSX)))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertEquals(List.of("Sections", "Not covered", "Beyond national", "Not mapped"),
					sheets.stream().map(Sheet::getName).toList());

			List<Row> sections = sheets.get(0).read();
			assertEquals(4, sections.size());
			assertEquals("1.1", sections.get(1).getCellText(1));
			assertEquals("2", sections.get(1).getCellText(3));
			assertEquals("3", sections.get(1).getCellText(4));
			assertEquals("67", sections.get(1).getCellText(5));

			List<Row> uncovered = sheets.get(1).read();
			assertEquals("1.2.1", uncovered.get(1).getCellText(2));
			assertEquals("critical", uncovered.get(1).getCellText(4));
		}
	}

	@Test
	void otherSubjectRejected() {
		Exporter exporter = ExporterRegistry.getDefault().find(PDF).orElseThrow();

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> exporter.export("not a crosswalk", Audience.SHARED, new ByteArrayOutputStream(), ExportMonitor.NONE));
		assertTrue(error.getMessage().contains("Coverage report of a crosswalk (PDF)"), error.getMessage());
	}

	private byte[] export(String exporterId) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExporterRegistry.getDefault().find(exporterId).orElseThrow().export(coverage, Audience.SHARED, out,
				ExportMonitor.NONE);
		return out.toByteArray();
	}

	private static String pdfText(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static Document xhtml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static List<List<String>> rows(Object nodes) {
		NodeList list = (NodeList) nodes;
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			NodeList cells = ((Element) list.item(i)).getElementsByTagNameNS("*", "td");
			List<String> row = new ArrayList<>();
			for (int j = 0; j < cells.getLength(); j++) {
				row.add(cells.item(j).getTextContent().strip());
			}
			rows.add(row);
		}
		return rows;
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		int to = text.indexOf(end, from + 1);
		assertTrue(from >= 0, "heading '" + start + "' in " + text);
		assertTrue(to > from, "heading '" + end + "' after '" + start + "' in " + text);
		return text.substring(from, to);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
