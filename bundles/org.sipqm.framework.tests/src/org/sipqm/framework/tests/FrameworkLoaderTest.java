package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.framework.FrameworkLoadException;
import org.sipqm.framework.internal.FrameworkLoader;
import org.sipqm.model.framework.Framework;

class FrameworkLoaderTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String NAMESPACES = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:framework=\"http://www.sipqm.org/model/framework/1.0\"";

	@TempDir
	Path folder;

	@Test
	void loadValidFramework() throws IOException {
		Path file = write("local.framework", HEADER + "<framework:Framework xmi:version=\"2.0\" " + NAMESPACES
				+ " id=\"local\" edition=\"2\"><schedules number=\"5\" kind=\"local\"/></framework:Framework>");

		Framework framework = FrameworkLoader.load(URI.createFileURI(file.toString()));

		assertEquals("local", framework.getId());
		assertEquals(5, framework.getSchedules().get(0).getNumber());
	}

	@Test
	void malformedXmlNamesFileAndParserMessage() throws IOException {
		Path file = write("broken.framework", HEADER + "<framework:Framework " + NAMESPACES + " id=\"x\">");

		FrameworkLoadException e = assertThrows(FrameworkLoadException.class,
				() -> FrameworkLoader.load(URI.createFileURI(file.toString())));

		assertTrue(e.getMessage().contains("broken.framework"), e.getMessage());
		assertNotNull(e.getCause());
		assertTrue(e.getMessage().contains(e.getCause().getMessage()), e.getMessage());
	}

	@Test
	void unknownFeatureNamesFileAndFeature() throws IOException {
		Path file = write("unknown.framework", HEADER + "<framework:Framework xmi:version=\"2.0\" " + NAMESPACES
				+ " id=\"x\" edition=\"1\"><chapters/></framework:Framework>");

		FrameworkLoadException e = assertThrows(FrameworkLoadException.class,
				() -> FrameworkLoader.load(URI.createFileURI(file.toString())));

		assertTrue(e.getMessage().contains("unknown.framework"), e.getMessage());
		assertTrue(e.getMessage().contains("chapters"), e.getMessage());
	}

	@Test
	void wrongRootIsRejected() throws IOException {
		Path file = write("schedule.framework", HEADER + "<framework:Schedule xmi:version=\"2.0\" " + NAMESPACES
				+ " number=\"1\"/>");

		FrameworkLoadException e = assertThrows(FrameworkLoadException.class,
				() -> FrameworkLoader.load(URI.createFileURI(file.toString())));

		assertTrue(e.getMessage().contains("schedule.framework"), e.getMessage());
		assertTrue(e.getMessage().contains("Schedule"), e.getMessage());
	}

	@Test
	void missingFileNamesFile() {
		Path file = folder.resolve("absent.framework");

		FrameworkLoadException e = assertThrows(FrameworkLoadException.class,
				() -> FrameworkLoader.load(URI.createFileURI(file.toString())));

		assertTrue(e.getMessage().contains("absent.framework"), e.getMessage());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
}
