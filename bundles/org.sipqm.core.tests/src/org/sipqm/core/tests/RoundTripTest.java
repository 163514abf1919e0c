package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceLayout;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.organisation.Organisation;

class RoundTripTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tr-", "hd-", "sv-", "se-" })
	void evaluationSurvivesSaveAndLoad(String idPrefix) throws IOException {
		Workspace original = TestWorkspaces.full(folder);
		Evaluation written = TestWorkspaces.evaluation(original, idPrefix);
		assertEquals(List.of(), unsetFeatures(written), "the fixture must set every feature");

		Workspace reopened = TestWorkspaces.reopen(original);
		Evaluation read = TestWorkspaces.evaluation(reopened, idPrefix);

		assertNotSame(written, read);
		assertEquals(List.of(), reopened.problems());
		assertTrue(EcoreUtil.equals(written, read), "the evaluation read back differs from the one written");
	}

	@Test
	void organisationSurvivesSaveAndLoad() throws IOException {
		Workspace original = TestWorkspaces.full(folder);
		Organisation written = original.organisation().orElseThrow();
		assertEquals(List.of(), unsetFeatures(written), "the fixture must set every feature");

		Organisation read = TestWorkspaces.reopen(original).organisation().orElseThrow();

		assertTrue(EcoreUtil.equals(written, read), "the organisation read back differs from the one written");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tr-", "hd-", "sv-", "se-" })
	void saveAfterLoadKeepsBytes(String idPrefix) throws IOException {
		Workspace original = TestWorkspaces.full(folder);
		Path file = folder.resolve(original.pathOf(TestWorkspaces.evaluation(original, idPrefix)));
		byte[] before = Files.readAllBytes(file);

		Workspace reopened = TestWorkspaces.reopen(original);
		reopened.save(TestWorkspaces.evaluation(reopened, idPrefix));

		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void evaluationPathFollowsLayout() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);

		Path path = workspace.pathOf(TestWorkspaces.evaluation(workspace, "tr-"));

		assertEquals("evaluations/la-999/2007-08/tr-999-2007-08-spring.xmi", WorkspaceLayout.toPortableString(path));
	}

	@Test
	void crossReferenceIsRelativeHref() throws IOException {
		Workspace workspace = TestWorkspaces.full(folder);

		String text = Files.readString(folder.resolve(workspace.pathOf(TestWorkspaces.evaluation(workspace, "tr-"))));

		assertTrue(text.contains("href=\"../../../organisation.xmi#la-999\""), text);
		assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), "UTF-8 with Unix line ends");
		assertTrue(!text.contains("\r"), "no carriage returns");
	}

	@Test
	void evaluationsListedInPathOrder() throws IOException {
		Workspace workspace = TestWorkspaces.reopen(TestWorkspaces.full(folder));

		List<String> paths = workspace.evaluations().stream()
				.map(evaluation -> WorkspaceLayout.toPortableString(workspace.pathOf(evaluation)))
				.toList();

		List<String> sorted = new ArrayList<>(paths);
		sorted.sort(null);
		assertEquals(sorted, paths);
		assertEquals(4, paths.size());
	}

	@Test
	void initialiseCreatesLayout() throws IOException {
		TestWorkspaces.full(folder);

		assertTrue(Files.isRegularFile(folder.resolve("organisation.xmi")));
		assertTrue(Files.isDirectory(folder.resolve("evaluations")));
		assertTrue(Files.isDirectory(folder.resolve("evidence")));
		assertTrue(Files.isDirectory(folder.resolve(".sipqm")));
	}

	/** Returns the features that are not set on the element or any element it contains. */
	private static List<String> unsetFeatures(EObject root) {
		List<String> unset = new ArrayList<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			elements.add(contents.next());
		}

		for (EObject element : elements) {
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				boolean container = feature instanceof EReference reference && reference.isContainer();
				if (!feature.isDerived() && !feature.isTransient() && !container && !element.eIsSet(feature)) {
					unset.add(element.eClass().getName() + "." + feature.getName());
				}
			}
		}
		return unset;
	}
}
