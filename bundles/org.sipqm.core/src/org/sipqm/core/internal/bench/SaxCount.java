package org.sipqm.core.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses files with the JDK's SAX parser and no model, as the baseline for load times. */
final class SaxCount {

	private SaxCount() {
	}

	/** Parses each file namespace-aware and returns the number of elements in all of them. */
	static long countElements(List<Path> files) throws IOException {
		SAXParser parser = newParser();
		ElementCounter counter = new ElementCounter();
		for (Path file : files) {
			try {
				parser.parse(file.toFile(), counter);
			} catch (SAXException e) {
				throw new IOException("Failed to parse " + file + ": " + e.getMessage(), e);
			}
		}
		return counter.elements;
	}

	private static SAXParser newParser() throws IOException {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newSAXParser();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("Failed to create a SAX parser: " + e.getMessage(), e);
		}
	}

	private static final class ElementCounter extends DefaultHandler {

		long elements;

		@Override
		public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
			elements++;
		}
	}
}
