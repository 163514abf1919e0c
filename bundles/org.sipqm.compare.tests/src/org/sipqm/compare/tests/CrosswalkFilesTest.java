package org.sipqm.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sipqm.compare.tests.SmallFrameworks.LOCAL;
import static org.sipqm.compare.tests.SmallFrameworks.NATIONAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.compare.CriterionIndex;
import org.sipqm.compare.CrosswalkEditing;
import org.sipqm.compare.CrosswalkFiles;
import org.sipqm.compare.Suggestion;
import org.sipqm.model.crosswalk.Crosswalk;
import org.sipqm.model.crosswalk.Relationship;
import org.sipqm.model.crosswalk.Strength;

class CrosswalkFilesTest {

	@TempDir
	Path folder;

	@Test
	void writtenCrosswalkReadsBackEqual() throws IOException {
		Crosswalk crosswalk = CrosswalkEditing.create(new CriterionIndex(SmallFrameworks.local()),
				new CriterionIndex(SmallFrameworks.national()));
		CrosswalkEditing.accept(crosswalk, new Suggestion(LOCAL + "A.1", NATIONAL + "1.1.1", 0.8),
				Relationship.LOCAL_BROADER, Strength.MODERATE, "Covers governors too", "J. Smith",
				LocalDate.of(2008, 3, 1));
		Path file = folder.resolve("derby.crosswalk");

		CrosswalkFiles.write(crosswalk, file);
		Crosswalk read = CrosswalkFiles.read(file);

		assertTrue(EcoreUtil.equals(crosswalk, read));
		assertEquals("derby/2008", read.getSourceEdition());
		assertEquals(LocalDate.of(2008, 3, 1), read.getMappings().get(0).getReviewedOn());
	}

	@Test
	void fileWithoutCrosswalkIsRejected() throws IOException {
		Path file = folder.resolve("empty.crosswalk");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");

		assertThrows(IOException.class, () -> CrosswalkFiles.read(file));
	}
}
