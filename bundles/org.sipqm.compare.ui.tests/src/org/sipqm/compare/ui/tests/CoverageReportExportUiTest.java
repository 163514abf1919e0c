package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.layout.LocalFrameworkReader;
import org.sipqm.compare.ui.internal.CoverageReportExport;
import org.sipqm.compare.ui.internal.CrosswalkPart;
import org.sipqm.export.Exporter;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

/** Exports the coverage report from the crosswalk view with a small local framework beside the national framework. */
class CoverageReportExportUiTest {

	private static final String LOCAL_CSV = """
			Schedule,Section code,Section title,Criterion code,Statement,Critical
			1,A,Managing SIPs,A.1,The LA meets the conditions of grant for the SIP programme in full.,yes
			1,B,Parents,B.1,The LA publishes a termly newsletter for parents and carers.,no
			""";

	@TempDir
	Path folder;

	private Shell shell;
	private IEclipseContext context;
	private CrosswalkPart part;

	@BeforeEach
	void createPart() {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1024, 768);
		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(CoverageReportExportUiTest.class).getBundleContext());
		context = services.createChild(CoverageReportExportUiTest.class.getSimpleName());
		context.set(Composite.class, shell);
		part = ContextInjectionFactory.make(CrosswalkPart.class, context);
		shell.open();
	}

	@AfterEach
	void close() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void buttonInCrosswalkView() {
		assertTrue(buttonTexts(shell).contains("Export Coverage Report\u2026"), buttonTexts(shell).toString());
	}

	@Test
	void noSubjectBeforeLocalFramework() {
		assertNull(part.coverage());
	}

	@Test
	void formatsOfferedPdfFirst() {
		assertEquals(List.of("pdf", "html", "xlsx"),
				CoverageReportExport.exporters().stream().map(Exporter::fileExtension).toList());
	}

	@Test
	void exportWritesReportOfShownCrosswalk() throws IOException {
		showLocalFramework();
		Suggestion suggestion = part.suggestions().get(0);
		part.accept(suggestion, Relationship.EQUIVALENT, Strength.STRONG);
		Exporter html = CoverageReportExport.exporters().get(1);
		Path file = folder.resolve("coverage.html");

		assertTrue(CoverageReportExport.export(shell, part.coverage(), html, file));

		String page = Files.readString(file, StandardCharsets.UTF_8);
		int national = part.nationalTable().getItemCount();
		assertTrue(page.contains("The local framework covers 1 of " + national + " national criteria"), page);
		assertTrue(page.contains("National criteria not covered"), page);
		assertTrue(page.contains("<svg"), "the section charts");
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left");
		}
	}

	private void showLocalFramework() throws IOException {
		part.setLocalFramework(LocalFrameworkReader.readCsv(
				new ByteArrayInputStream(LOCAL_CSV.getBytes(StandardCharsets.UTF_8)), "test-la", "1", "Test LA").accept());
	}

	private static List<String> buttonTexts(Composite parent) {
		List<String> texts = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				texts.add(button.getText());
			} else if (child instanceof Composite composite) {
				texts.addAll(buttonTexts(composite));
			}
		}
		return texts;
	}
}
