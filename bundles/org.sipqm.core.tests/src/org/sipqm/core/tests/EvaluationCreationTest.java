package org.sipqm.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.core.creation.EvaluationCreation;
import org.sipqm.core.creation.EvaluationRequest;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationStatus;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.evaluation.LASelfEvaluation;
import org.sipqm.model.evaluation.ShadowVisit;
import org.sipqm.model.evaluation.TermlyReview;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.Term;

/**
 * Checks and creates new evaluations in the fixture workspace, which contains one evaluation of each
 * schedule for Testshire in the spring term 2007/08.
 */
class EvaluationCreationTest {

	private static final AcademicYear YEAR = new AcademicYear(2007);

	@TempDir
	Path folder;

	private Workspace workspace;
	private EvaluationCreation creation;
	private LocalAuthority authority;
	private School school;
	private Person author;

	@BeforeEach
	void writeWorkspace() throws IOException {
		workspace = TestWorkspaces.full(folder.resolve("workspace"));
		creation = new EvaluationCreation(workspace,
				EvaluationCreation.frameworkKey(FrameworkRegistry.getDefault().national()));
		authority = workspace.organisation().orElseThrow().getRegions().get(0).getLocalAuthorities().get(0);
		school = authority.getSchools().get(0);
		author = authority.getSipManager();
	}

	@Test
	void parseYearAcceptsBothSeparators() {
		assertEquals(YEAR, EvaluationCreation.parseYear("2007-08"));
		assertEquals(YEAR, EvaluationCreation.parseYear(" 2007/08 "));
		assertEquals(new AcademicYear(1999), EvaluationCreation.parseYear("1999-00"));
	}

	@Test
	void parseYearRejectsOtherText() {
		for (String text : List.of("2007", "2007-2008", "07-08", "2007-09", "next year")) {
			IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
					() -> EvaluationCreation.parseYear(text), text);
			assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
			assertTrue(error.getMessage().contains("2007-08"), error.getMessage());
		}
		assertEquals("Enter the academic year, such as 2007-08.",
				assertThrows(IllegalArgumentException.class, () -> EvaluationCreation.parseYear(" ")).getMessage());
	}

	@Test
	void duplicateTermlyReviewNamesFile() {
		Optional<String> problem = creation.check(request(1, null, Term.SPRING));

		assertTrue(problem.isPresent());
		assertEquals("A termly review of Testshire for the spring term 2007/08 already exists in "
				+ "evaluations/la-999/2007-08/tr-999-2007-08-spring.xmi. Choose another term.", problem.get());
		assertThrows(IllegalArgumentException.class, () -> creation.create(request(1, null, Term.SPRING)));
	}

	@Test
	void duplicateDiscussionNamesFile() {
		Optional<String> problem = creation.check(request(2, school, Term.SPRING));

		assertTrue(problem.isPresent());
		assertTrue(problem.get().startsWith("A headteacher discussion of Testwick High School for the spring term"),
				problem.get());
		assertTrue(problem.get().contains("evaluations/la-999/2007-08/hd-999-2007-08-spring-01.xmi"), problem.get());
	}

	@Test
	void otherTermIsNoDuplicate() {
		assertEquals(Optional.empty(), creation.check(request(1, null, Term.SUMMER)));
		assertEquals(Optional.empty(), creation.check(request(4, null, Term.AUTUMN)));
		assertEquals(Optional.empty(), creation.check(request(2, school, Term.SUMMER)));
	}

	@Test
	void discussionOfAnotherSchoolIsNoDuplicate() {
		School other = OrganisationFactory.eINSTANCE.createSchool();
		other.setId("school-999902");
		other.setName("Testford Primary School");
		authority.getSchools().add(other);

		EvaluationRequest request = request(2, other, Term.SPRING);
		assertEquals(Optional.empty(), creation.check(request));
		assertEquals("hd-999-2007-08-spring-02", creation.newId(request),
				"number 01 is taken by the discussion at Testwick High School");
	}

	@Test
	void missingChoicesAreNamed() {
		assertEquals("Choose the schedule of the new evaluation.",
				creation.check(new EvaluationRequest(0, authority, null, YEAR, Term.AUTUMN, author)).orElseThrow());
		assertEquals("Choose the local authority.",
				creation.check(new EvaluationRequest(1, null, null, YEAR, Term.AUTUMN, author)).orElseThrow());
		assertEquals("Choose the school for the shadow visit.",
				creation.check(new EvaluationRequest(3, authority, null, YEAR, Term.AUTUMN, author)).orElseThrow());
		assertEquals("Enter the academic year, such as 2007-08.",
				creation.check(new EvaluationRequest(1, authority, null, null, Term.AUTUMN, author)).orElseThrow());
		assertEquals("Choose the term.",
				creation.check(new EvaluationRequest(1, authority, null, YEAR, null, author)).orElseThrow());
		assertEquals("Choose the author, or type the name of a new person.",
				creation.check(new EvaluationRequest(1, authority, null, YEAR, Term.AUTUMN, null)).orElseThrow());
	}

	@Test
	void schoolOfAnotherAuthorityIsRejected() {
		LocalAuthority other = OrganisationFactory.eINSTANCE.createLocalAuthority();
		other.setId("la-998");
		other.setName("Otherborough");
		workspace.organisation().orElseThrow().getRegions().get(0).getLocalAuthorities().add(other);

		String problem = creation.check(new EvaluationRequest(2, other, school, YEAR, Term.AUTUMN, author))
				.orElseThrow();
		assertEquals("Testwick High School is not a school of Otherborough. Choose one of its schools.", problem);
	}

	@Test
	void createWritesDraftAtWorkspaceLayout() throws IOException {
		Evaluation created = creation.create(request(1, null, Term.SUMMER));

		assertInstanceOf(TermlyReview.class, created);
		assertEquals("tr-999-2007-08-summer", created.getId());
		assertEquals(EvaluationStatus.DRAFT, created.getStatus());
		assertEquals("sip-qm/1", created.getFramework());
		assertEquals("2007/08", created.getAcademicYear());
		assertEquals(Term.SUMMER, created.getTerm());
		assertSame(authority, created.getLocalAuthority());
		assertSame(author, created.getAuthor());
		assertEquals(Path.of("evaluations", "la-999", "2007-08", "tr-999-2007-08-summer.xmi"),
				workspace.pathOf(created));
		assertTrue(workspace.evaluations().contains(created));

		Workspace reopened = WorkspaceStore.open(workspace.root());
		assertEquals(List.of(), reopened.problems());
		Evaluation loaded = TestWorkspaces.evaluation(reopened, "tr-999-2007-08-summer");
		assertEquals(EvaluationStatus.DRAFT, loaded.getStatus());
		assertEquals("la-999", loaded.getLocalAuthority().getId());
		assertEquals("p-manager", loaded.getAuthor().getId());
	}

	@Test
	void createSetsSchoolAndPartner() throws IOException {
		Evaluation visit = creation.create(request(3, school, Term.SUMMER));
		Evaluation discussion = creation.create(request(2, school, Term.AUTUMN));
		Evaluation selfEvaluation = creation.create(request(4, null, Term.AUTUMN));

		assertEquals("sv-999-2007-08-summer-01", visit.getId());
		assertSame(school, ((ShadowVisit) visit).getSchool());
		assertSame(school.getPartner(), ((ShadowVisit) visit).getPartner());
		assertEquals("hd-999-2007-08-autumn-01", discussion.getId());
		assertSame(school, ((HeadteacherDiscussion) discussion).getSchool());
		assertInstanceOf(LASelfEvaluation.class, selfEvaluation);
		assertEquals("se-999-2007-08-autumn", selfEvaluation.getId());

		assertTrue(creation.check(request(3, school, Term.SUMMER)).orElseThrow().contains("sv-999-2007-08-summer-01.xmi"),
				"a second shadow visit of the school in the term is a duplicate");
	}

	@Test
	void createNeverOverwritesStrayFile() throws IOException {
		Path stray = workspace.root().resolve("evaluations/la-999/2007-08/tr-999-2007-08-autumn.xmi");
		Files.createDirectories(stray.getParent());
		Files.writeString(stray, "not an evaluation");

		String problem = creation.check(request(1, null, Term.AUTUMN)).orElseThrow();
		assertEquals("The file evaluations/la-999/2007-08/tr-999-2007-08-autumn.xmi already exists but did not load "
				+ "as an evaluation of this workspace. Fix or move that file, then try again.", problem);
		assertThrows(IllegalArgumentException.class, () -> creation.create(request(1, null, Term.AUTUMN)));
		assertEquals("not an evaluation", Files.readString(stray));
	}

	@Test
	void strayFileSkipsNumber() throws IOException {
		Path stray = workspace.root().resolve("evaluations/la-999/2007-08/sv-999-2007-08-autumn-01.xmi");
		Files.createDirectories(stray.getParent());
		Files.writeString(stray, "not an evaluation");

		assertEquals("sv-999-2007-08-autumn-02", creation.newId(request(3, school, Term.AUTUMN)));
	}

	@Test
	void typedAuthorIsAddedToRegion() throws IOException {
		Person typed = EvaluationCreation.newPerson("  Jo Smith-Jones ");

		Evaluation created = creation.create(new EvaluationRequest(1, authority, null, YEAR, Term.AUTUMN, typed));

		assertEquals("p-jo-smith-jones", typed.getId());
		assertEquals("Jo Smith-Jones", typed.getName());
		Workspace reopened = WorkspaceStore.open(workspace.root());
		Evaluation loaded = TestWorkspaces.evaluation(reopened, created.getId());
		assertEquals("Jo Smith-Jones", loaded.getAuthor().getName());
		assertEquals(List.of(), reopened.problems());
	}

	@Test
	void blankTypedAuthorIsRejected() {
		Person typed = EvaluationCreation.newPerson("   ");
		String problem = creation.check(new EvaluationRequest(1, authority, null, YEAR, Term.AUTUMN, typed))
				.orElseThrow();
		assertEquals("Choose the author, or type the name of a new person.", problem);
		assertNull(typed.getId());
	}

	private EvaluationRequest request(int schedule, School subject, Term term) {
		return new EvaluationRequest(schedule, authority, subject, YEAR, term, author);
	}
}
