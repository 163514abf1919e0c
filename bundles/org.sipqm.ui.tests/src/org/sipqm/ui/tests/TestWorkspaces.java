package org.sipqm.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.store.Workspace;
import org.sipqm.core.store.WorkspaceStore;
import org.sipqm.model.evaluation.Evaluation;
import org.sipqm.model.evaluation.EvaluationFactory;
import org.sipqm.model.evaluation.HeadteacherDiscussion;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/** Workspaces that the UI tests write into temporary folders. */
final class TestWorkspaces {

	private TestWorkspaces() {
	}

	/** Writes the regional sample workspace of the core bundle's generator into the folder. */
	static Path sample(Path folder) throws IOException {
		new SampleWorkspaceGenerator(SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED, SampleScale.REGIONAL)
				.generate(folder);
		return folder;
	}

	/**
	 * Writes a small workspace through the store: three local authorities with different support
	 * histories, evaluations in two academic years and three terms, and one evaluation file whose
	 * local authority is not in the organisation.
	 */
	static Path small(Path folder) throws IOException {
		OrganisationFactory organisations = OrganisationFactory.eINSTANCE;
		Organisation organisation = organisations.createOrganisation();
		Region region = organisations.createRegion();
		region.setId("region-test");
		region.setName("Test Region");
		organisation.getRegions().add(region);

		LocalAuthority ashby = authority(region, "901", "Ashby");
		support(ashby, "2007/08", Term.AUTUMN, Phase.PRIMARY, SupportKind.TARGETED);
		support(ashby, "2007/08", Term.SPRING, Phase.PRIMARY, SupportKind.UNIVERSAL);
		support(ashby, "2007/08", Term.SPRING, Phase.SECONDARY, SupportKind.UNIVERSAL);
		LocalAuthority barford = authority(region, "902", "Barford");
		support(barford, "2007/08", Term.SUMMER, Phase.PRIMARY, SupportKind.INTENSIVE);
		support(barford, "2007/08", Term.SUMMER, Phase.SECONDARY, SupportKind.TARGETED);
		support(barford, "2006/07", Term.SUMMER, Phase.PRIMARY, SupportKind.UNIVERSAL);
		authority(region, "903", "Carlton");

		SchoolImprovementPartner partner = organisations.createSchoolImprovementPartner();
		partner.setId("sip-901-01");
		partner.setName("Philippa Marsh");
		ashby.getPartners().add(partner);
		School withPartner = school(ashby, "990101", "Ashby Green Primary School");
		withPartner.setPartner(partner);
		School withoutPartner = school(ashby, "990102", "Ashby Vale School");

		Workspace workspace = WorkspaceStore.initialise(folder, organisation);
		workspace.create(discussion("hd-1", ashby, withPartner, "2007/08", Term.AUTUMN, LocalDate.of(2007, 11, 20)));
		workspace.create(discussion("hd-2", ashby, withoutPartner, "2007/08", Term.AUTUMN, LocalDate.of(2007, 10, 4)));
		workspace.create(discussion("hd-3", ashby, withPartner, "2007/08", Term.SPRING, LocalDate.of(2008, 2, 1)));
		workspace.create(discussion("hd-4", ashby, withPartner, "2008/09", Term.AUTUMN, LocalDate.of(2008, 10, 9)));

		writeEvaluationOfUnknownAuthority(folder);
		return folder;
	}

	private static LocalAuthority authority(Region region, String code, String name) {
		LocalAuthority authority = OrganisationFactory.eINSTANCE.createLocalAuthority();
		authority.setId("la-" + code);
		authority.setCode(code);
		authority.setName(name);
		region.getLocalAuthorities().add(authority);
		return authority;
	}

	private static void support(LocalAuthority authority, String year, Term term, Phase phase, SupportKind level) {
		SupportAssignment assignment = OrganisationFactory.eINSTANCE.createSupportAssignment();
		assignment.setAcademicYear(year);
		assignment.setTerm(term);
		assignment.setPhase(phase);
		assignment.setLevel(level);
		authority.getSupportLevels().add(assignment);
	}

	private static School school(LocalAuthority authority, String urn, String name) {
		School school = OrganisationFactory.eINSTANCE.createSchool();
		school.setId("school-" + urn);
		school.setUrn(urn);
		school.setName(name);
		authority.getSchools().add(school);
		return school;
	}

	private static Evaluation discussion(String id, LocalAuthority authority, School school, String year, Term term,
			LocalDate date) {
		HeadteacherDiscussion discussion = EvaluationFactory.eINSTANCE.createHeadteacherDiscussion();
		discussion.setId(id);
		discussion.setFramework("sip-qm/1");
		discussion.setLocalAuthority(authority);
		discussion.setSchool(school);
		discussion.setAcademicYear(year);
		discussion.setTerm(term);
		discussion.setDate(date);
		return discussion;
	}

	/** Writes, by hand, an evaluation that refers to the local authority la-999, which the organisation lacks. */
	private static void writeEvaluationOfUnknownAuthority(Path folder) throws IOException {
		Path file = folder.resolve("evaluations/la-999/2007-08/tr-999.xmi");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<evaluation:TermlyReview xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:evaluation="http://www.sipqm.org/model/evaluation/1.0" id="tr-999" framework="sip-qm/1"
				    academicYear="2007/08" date="2007-12-01">
				  <localAuthority href="../../../organisation.xmi#la-999"/>
				</evaluation:TermlyReview>
				""");
	}
}
