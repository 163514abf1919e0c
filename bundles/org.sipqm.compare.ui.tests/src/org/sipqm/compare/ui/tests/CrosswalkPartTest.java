package org.sipqm.compare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.sipqm.compare.Suggestion;
import org.sipqm.compare.layout.LocalFrameworkReader;
import org.sipqm.compare.ui.internal.CrosswalkPart;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

/**
 * Renders the crosswalk editor into a real SWT shell with a small local framework beside the national
 * framework, edition 1, and accepts and rejects suggestions as the buttons do.
 */
class CrosswalkPartTest {

	private static final String LOCAL_CSV = """
			Schedule,Section code,Section title,Criterion code,Statement,Critical
			1,A,Managing SIPs,A.1,The LA meets the conditions of grant for the SIP programme in full.,yes
			1,A,Managing SIPs,A.2,SIPs are tasked in line with the SIP brief.,no
			1,B,Parents,B.1,The LA publishes a termly newsletter for parents and carers.,no
			""";

	private Shell shell;
	private IEclipseContext context;
	private CrosswalkPart part;

	@BeforeEach
	void showLocalFramework() throws IOException {
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 800);
		IEclipseContext services = EclipseContextFactory
				.getServiceContext(FrameworkUtil.getBundle(CrosswalkPartTest.class).getBundleContext());
		context = services.createChild(CrosswalkPartTest.class.getSimpleName());
		context.set(Composite.class, shell);
		part = ContextInjectionFactory.make(CrosswalkPart.class, context);
		part.setLocalFramework(LocalFrameworkReader.readCsv(
				new ByteArrayInputStream(LOCAL_CSV.getBytes(StandardCharsets.UTF_8)), "test-la", "1", "Test LA").accept());
		shell.open();
	}

	@AfterEach
	void close() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void bothFrameworksSideBySide() {
		assertEquals(3, part.localTable().getItemCount());
		assertTrue(part.nationalTable().getItemCount() > 100, "national criteria: " + part.nationalTable().getItemCount());
		assertEquals("A.1 (schedule 1)", part.localTable().getItem(0).getText(0));
	}

	@Test
	void unmappedCriteriaHighlighted() {
		TableItem local = part.localTable().getItem(0);
		TableItem national = part.nationalTable().getItem(0);

		assertEquals("not mapped", local.getText(2));
		assertEquals("not covered", national.getText(2));
		assertFalse(local.getBackground().equals(part.localTable().getBackground()));
	}

	@Test
	void suggestionsNotAppliedUnasked() {
		assertFalse(part.suggestions().isEmpty());
		assertEquals(part.suggestions().size(), part.suggestionTable().getItemCount());
		assertEquals(0, part.crosswalk().getMappings().size());
	}

	@Test
	void acceptingMapsAndCovers() {
		Suggestion best = part.suggestions().stream().filter(s -> s.localCriterion().endsWith(":A.2")).findFirst()
				.orElseThrow();

		part.accept(best, Relationship.EQUIVALENT, Strength.STRONG);

		assertEquals(1, part.crosswalk().getMappings().size());
		assertEquals(best.nationalCriterion(), part.crosswalk().getMappings().get(0).getNationalCriterion());
		assertNotNull(part.crosswalk().getMappings().get(0).getReviewedOn());
		assertEquals("", part.localTable().getItem(1).getText(2));
		assertTrue(part.suggestions().stream().noneMatch(s -> s.localCriterion().endsWith(":A.2")));
		assertTrue(part.status().startsWith("1 of 3 local criteria mapped; 1 of "), part.status());
	}

	@Test
	void rejectedSuggestionNotOfferedAgain() {
		Suggestion first = part.suggestions().get(0);

		part.reject(first);

		assertFalse(part.suggestions().contains(first));
		assertEquals(0, part.crosswalk().getMappings().size());
		assertNull(part.suggestions().stream().filter(first::equals).findFirst().orElse(null));
	}

	@Test
	void importAndRejectionSavedInWorkspace(@TempDir Path workspace) throws IOException {
		part.setWorkspaceFolder(workspace);
		part.keepImported(LocalFrameworkReader.readCsv(
				new ByteArrayInputStream(LOCAL_CSV.getBytes(StandardCharsets.UTF_8)), "test-la", "1", "Test LA").accept());
		Suggestion first = part.suggestions().get(0);
		part.reject(first);
		assertTrue(Files.isRegularFile(workspace.resolve("frameworks/test-la/1.xmi")), "framework file");
		assertTrue(Files.isRegularFile(workspace.resolve("crosswalks/test-la/1.xmi")), "crosswalk file");

		IEclipseContext nextStart = context.getParent().createChild("next start");
		Shell nextShell = new Shell(Display.getDefault());
		nextShell.setLayout(new FillLayout());
		nextStart.set(Composite.class, nextShell);
		try {
			CrosswalkPart reopened = ContextInjectionFactory.make(CrosswalkPart.class, nextStart);
			reopened.setWorkspaceFolder(workspace);
			assertEquals(1, reopened.savedFrameworks().size());

			reopened.showSaved(reopened.savedFrameworks().get(0));

			assertEquals(1, reopened.crosswalk().getRejections().size());
			assertTrue(reopened.suggestions().stream().noneMatch(s -> s.localCriterion().equals(first.localCriterion())
					&& s.nationalCriterion().equals(first.nationalCriterion())), reopened.suggestions()::toString);
			assertEquals(3, reopened.localTable().getItemCount());
		} finally {
			nextStart.dispose();
			nextShell.dispose();
		}
	}
}
