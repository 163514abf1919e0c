package org.sipqm.core.internal.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** The XMI load and save options of the workspace store. */
public final class XmiResources {

	public static final String FILE_EXTENSION = "xmi";

	/** Shared by all loads: the pool is thread-safe and saves creating a SAX parser per file. */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl();

	private XmiResources() {
	}

	/**
	 * Returns save options for stable, diffable files: UTF-8, Unix line ends on every platform,
	 * lines wrapped at 80 characters, references to other files as paths relative to the saved
	 * file, and no type information beyond what XMI needs. Features keep the model's order.
	 * A reference to an element that is in no resource fails the save, which is what EMF does by
	 * default.
	 */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_LINE_WIDTH, 80);
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl());
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl());
		return options;
	}
}
