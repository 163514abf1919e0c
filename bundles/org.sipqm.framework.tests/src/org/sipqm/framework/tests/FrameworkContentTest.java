package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sipqm.model.framework.Framework;
import org.sipqm.model.framework.GradeLevel;
import org.sipqm.model.framework.ImpactEvidence;
import org.sipqm.model.framework.JointVisitFrequency;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.framework.SupportLevel;

/** Checks the framework's identity, purposes, principles, grade scale and support levels. */
class FrameworkContentTest {

	private final Framework framework = NationalFramework.registry().national();

	@Test
	void frameworkIdentity() {
		assertEquals("sip-qm", framework.getId());
		assertEquals("1", framework.getEdition());
		assertEquals("School Improvement Partners programme: quality management framework", framework.getName());
		assertEquals("National Strategies", framework.getIssuer());
		assertEquals("2007", framework.getDateOfIssue());
		assertEquals("national", framework.getOrigin());
	}

	@Test
	void frameworkPurposes() {
		List<String> purposes = framework.getPurposes();

		assertEquals(7, purposes.size());
		assertEquals("The purpose of quality assuring the programme is to ensure that the School Improvement Partners (SIP) programme has the maximum impact on schools, contributing to their effectiveness and raising the achievement of all learners. A vital component of the programme is to secure the changes envisaged in the New Relationship with Schools (NRwS).", purposes.get(0));
		assertEquals("the impact of the programme on pupil attainment and achievement, schools and LAs;", purposes.get(1));
		assertEquals("a programme of continuous improvement.", purposes.get(6));
	}

	@Test
	void frameworkPrinciples() {
		List<String> principles = framework.getPrinciples();

		assertEquals(8, principles.size());
		assertEquals("proportionality – the focus of the quality management processes will be upon those aspects that will have maximum impact upon the success of the programme;", principles.get(0));
		assertEquals("integration – quality management will be an integral part of the planned SIP programme and not an ‘add-on’;", principles.get(6));
		assertEquals("usefulness – the outcomes of quality management processes will clearly be seen to inform change and identify areas for improvement.", principles.get(7));
	}

	@ParameterizedTest(name = "column {0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"1 | Outstanding | Outstanding, highly effective | SUBSTANTIAL | evaluations of practice in this column must be accompanied by substantial evidence of impact",
			"2 | Good | Good, effective | EMERGING | evaluations of practice in this column must be accompanied by at least emerging evidence of impact to be judged according to roll-out status",
			"3 | Requires some improvement | Requires some improvement, sound, satisfactory | NONE | ",
			"4 | Requires substantial improvement | Requires substantial improvement, requires significant improvement, unsatisfactory, inadequate | NONE | " })
	void gradeLevel(int column, String label, String vocabulary, ImpactEvidence evidence, String requirement) {
		assertEquals("Four-column scale", framework.getGradeScale().getName());
		assertEquals(4, framework.getGradeScale().getLevels().size());
		GradeLevel level = framework.getGradeScale().getLevels().get(column - 1);

		assertEquals(column, level.getColumn());
		assertEquals(label, level.getLabel());
		assertEquals(vocabulary, level.getVocabulary());
		assertEquals(evidence, level.getEvidenceRequired());
		assertEquals(requirement, level.getEvidenceRequirement());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"INTENSIVE | 3 | EACH_TERM | Joint visits to schools are identified using regional and local intelligence. The QM framework requires that each SIPCo will conduct a joint visit with a SIP to one school in each intensive LA each term. The visits will be part of an intensive programme for developing the systems and procedures within the LA.",
			"TARGETED | 2 | EACH_YEAR | Each SIPCo will conduct joint visits with SIPs in each targeted LA. The visits will be part of a targeted programme for developing the systems and procedures within the LA.",
			"UNIVERSAL | 1 | NOT_REQUIRED | Joint visits are not essential; however they might be undertaken where discussions about the development of the systems and procedures identify this as a priority." })
	void supportLevel(SupportKind kind, int days, JointVisitFrequency frequency, String rule) {
		assertEquals(3, framework.getSupportLevels().size());
		SupportLevel level = framework.getSupportLevels().stream()
				.filter(candidate -> candidate.getKind() == kind)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No support level of kind " + kind));

		assertEquals(days, level.getDaysPerTermPerPhase());
		assertEquals(frequency, level.getJointVisitFrequency());
		assertEquals(rule, level.getJointVisitRule());
	}
}
