package org.sipqm.export.internal.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays out the XHTML that the templates produce into a PDF with openhtmltopdf: tagged for
 * accessibility (PDF/UA) and archivable (PDF/A-3a), with the DejaVu fonts embedded, so that its
 * text can be searched, copied and read aloud. Page numbers come from the style sheet's
 * {@code @page} rules and the outline from the document's {@code bookmarks} element.
 */
public final class PdfRenderer {

	private static final String PRODUCER = "SIP QM Workbench";

	/**
	 * PDFBox's logger for standard fonts. openhtmltopdf's Graphics2D bridge, which draws the charts,
	 * sets up Helvetica as a fallback, and PDFBox warns on every document that it substitutes a
	 * font for it. The charts draw their text in the embedded DejaVu fonts instead (pdffonts lists
	 * no other font), so the warning is silenced. java.util.logging keeps only weak references to loggers, so the field keeps this one.
	 */
	private static final Logger STANDARD_FONT_LOGGER = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

	static {
		XRLog.setLoggerImpl(new PdfLog());
		STANDARD_FONT_LOGGER.setLevel(Level.SEVERE);
	}

	private PdfRenderer() {
	}

	/**
	 * Writes the XHTML as a PDF to the stream, which stays open.
	 *
	 * @param drawers draws the document's object elements, such as charts, or null when it has none
	 */
	public static void render(String xhtml, OutputStream out, FSObjectDrawerFactory drawers) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
		builder.withProducer(PRODUCER);
		Fonts.register(builder);
		if (drawers != null) {
			builder.useObjectDrawerFactory(drawers);
		}
		builder.withW3cDocument(parse(xhtml), null);
		builder.toStream(new KeepOpen(out));
		builder.run();
	}

	/** Parses the templates' XHTML; it has no external entities, and none are loaded. */
	private static Document parse(String xhtml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return builder.parse(new InputSource(new StringReader(xhtml)));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("The export template produced invalid XHTML: " + e.getMessage(), e);
		}
	}
}
