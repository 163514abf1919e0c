package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sipqm.model.framework.CriterionKind;

/**
 * Checks the wording of at least one criterion in every section against the published framework,
 * edition 1, character for character, including its curly quotes.
 */
class WordingTest {

	static Stream<Arguments> statements() {
		return Stream.of(
				Arguments.of(1, "1.1.4", CriterionKind.STANDARD, "SIPs are deployed to act as the principal axis of school improvement for schools and there is, within the LA, as far as possible a ‘single conversation’"),
				Arguments.of(1, "1.1.10", CriterionKind.STANDARD, "The PM process identifies needs for development that inform the provision of CPD"),
				Arguments.of(1, "1.2.2", CriterionKind.STANDARD, "SIP performance management identifies a CPD plan for each SIP for the year; this is recorded and monitored by the LA"),
				Arguments.of(1, "2.1.6", CriterionKind.STANDARD, "SIPs’ meetings with schools are part of a continuous process of improvement. Each meeting evaluates the progress since the last one and identifies further priorities, actions to be taken and the support required"),
				Arguments.of(1, "2.2.1", CriterionKind.STANDARD, "Through professional dialogue with SIPs, schools set ambitious targets that:"),
				Arguments.of(1, "2.2.2", CriterionKind.STANDARD, "The SIP has the skills and experience, moderated and quality-assured by the LA, to distinguish between genuine additional context factors and low expectations"),
				Arguments.of(1, "2.3a.3", CriterionKind.STANDARD, "The SIP advises the LA on categorisation according to the LA’s categorisation policy"),
				Arguments.of(1, "2.3b.2", CriterionKind.STANDARD, "The SIP makes recommendations both to the school and the LA about the appropriate NS resources"),
				Arguments.of(1, "2.3c.5", CriterionKind.STANDARD, "The SIP brokers support from other providers including national organisations (for example TDA, NCSL), independent consultants and such initiatives as NLE and Consultant Leaders"),
				Arguments.of(1, "2.4.2", CriterionKind.STANDARD, "They are:"),
				Arguments.of(1, "2.4.7", CriterionKind.STANDARD, "Are direct yet sensitive, add value to the school’s improvement processes and impact upon outcomes for children"),
				Arguments.of(1, "2.5.5", CriterionKind.STANDARD, "The headteacher’s performance management process leads to school improvement"),
				Arguments.of(1, "3.1", CriterionKind.PROMPT, "Particular strengths for dissemination."),
				Arguments.of(1, "3.2", CriterionKind.PROMPT, "Areas for improvement."),

				Arguments.of(2, "1.1-1.2.3", CriterionKind.QUESTION, "Do you have an opportunity to feedback your view of the SIP’s performance to the LA?"),
				Arguments.of(2, "2.1.2", CriterionKind.QUESTION, "Has your SIP discussed under-performing groups of children with you and have they highlighted groups such as black and minority ethnic (BME), special educational needs (SEN) and looked after children (LAC)"),
				Arguments.of(2, "2.1.9", CriterionKind.QUESTION, "What has been the impact of your action in this area?"),
				Arguments.of(2, "2.2.1", CriterionKind.QUESTION, "Do your targets:"),
				Arguments.of(2, "2.2.2", CriterionKind.QUESTION, "Are they at or above the top quartile performance for CVA compared to similar schools?"),
				Arguments.of(2, "2.3.2", CriterionKind.QUESTION, "Does your SIP assist you in evaluating the impact of the actions you have taken and any external support?"),
				Arguments.of(2, "2.3a.1", CriterionKind.QUESTION, "Are you clear about the LA’s policy for schools causing concern and the SIP’s role within this?"),
				Arguments.of(2, "2.3b.2", CriterionKind.QUESTION, "How does the LA decide upon the level of NS consultant resource your school will receive? What is your SIP’s part in this?"),
				Arguments.of(2, "2.3c.3", CriterionKind.QUESTION, "Is your SIP able to advise the LA on the deployment of wider Children’s Services to the school?"),
				Arguments.of(2, "2.4.2", CriterionKind.QUESTION, "Are they:"),
				Arguments.of(2, "2.4.3", CriterionKind.QUESTION, "Do they:"),
				Arguments.of(2, "2.5.2", CriterionKind.QUESTION, "Are you content that the SIP is fully conversant with regulations and guidance on the PM function?"),
				Arguments.of(2, "3.1", CriterionKind.PROMPT, "Particular strengths for dissemination."),
				Arguments.of(2, "3.2", CriterionKind.PROMPT, "Areas for improvement."),
				Arguments.of(2, "3.3", CriterionKind.QUESTION, "Overall do you think that you, your school and the learners in your school have benefited from your work with your SIP this year? What specific benefits have you experienced?"),

				Arguments.of(4, "1.1.1", CriterionKind.STANDARD, "Conditions of grant (CoG) are fully met"),
				Arguments.of(4, "1.2.6", CriterionKind.STANDARD, "There is an increasingly consistent message delivered by SIPs to schools about effective L&M, school improvement planning and self-evaluation, resulting in an increasingly expert and highly skilled workforce"),
				Arguments.of(4, "2.1.1", CriterionKind.STANDARD, "Challenge and support from the SIP results in gains in learning, achievement and attainment for all children in the school, but in particular for any groups of children who are underachieving, and with a focus upon groups vulnerable to underachievement"),
				Arguments.of(4, "2.2.4", CriterionKind.STANDARD, "The targets set by a school show a trajectory of improvement over time"),
				Arguments.of(4, "2.3a.1", CriterionKind.STANDARD, "Where a school is causing concern the LA acts decisively, rapidly and effectively to support the school in bringing about the necessary improvements; the SIP is central to any action the LA takes"),
				Arguments.of(4, "2.3b.1", CriterionKind.STANDARD, "All the LA’s SIPs are knowledgeable about the range of available NS resources"),
				Arguments.of(4, "2.3c.2", CriterionKind.STANDARD, "The SIP brokers support which is fit for purpose and avoids conflict of interest, whether this may result from the SIP brokering his/her own support or that of his/her associates or from LA traded services"),
				Arguments.of(4, "2.4.4", CriterionKind.STANDARD, "Provide a judgement on the robustness of the SSE including the strength of the school’s evidence base and only provide judgements beyond this where the SIP has direct evidence"),
				Arguments.of(4, "2.5.1", CriterionKind.STANDARD, "SIPs advise all LA governing bodies and management committees of PRUs in line with regulations and guidance"));
	}

	@ParameterizedTest(name = "schedule {0} criterion {1}")
	@MethodSource("statements")
	void criterionStatement(int schedule, String code, CriterionKind kind, String statement) {
		var criterion = NationalFramework.criterion(schedule, code);

		assertEquals(statement, criterion.getStatement());
		assertEquals(kind, criterion.getKind());
	}

	static Stream<Arguments> subItems() {
		return Stream.of(
				Arguments.of(1, "2.2.1", 8, 3, "focus on progression, ensuring that no children are predicted to make less than two levels’ progress;"),
				Arguments.of(1, "2.2.1", 8, 7, "factor in the impact of support and resources available from the school, LA and DCSF."),
				Arguments.of(1, "2.4.2", 5, 1, "accurate and precise, identifying the school’s response to all issues emerging from the data;"),
				Arguments.of(1, "2.4.2", 5, 4, "concise."),
				Arguments.of(2, "2.2.1", 3, 1, "focus on progression, ensuring that no children fail to make progress?"),
				Arguments.of(2, "2.4.2", 5, 0, "timely? So that actions are not delayed;"),
				Arguments.of(2, "2.4.3", 3, 1, "record the school’s targets and the progress towards achieving them?"),
				Arguments.of(4, "2.2.1", 8, 5, "are at or above the top quartile performance for CVA compared to similar schools, other than in the most exceptional circumstances;"),
				Arguments.of(4, "2.4.2", 5, 0, "timely;"));
	}

	@ParameterizedTest(name = "schedule {0} criterion {1} sub-item {3}")
	@MethodSource("subItems")
	void criterionSubItem(int schedule, String code, int count, int index, String text) {
		var subItems = NationalFramework.criterion(schedule, code).getSubItems();

		assertEquals(count, subItems.size());
		assertEquals(text, subItems.get(index));
	}

	static Stream<Arguments> titles() {
		return Stream.of(
				Arguments.of(1, "1.1", "Local authority management of the SIP function"),
				Arguments.of(1, "2.2", "The quality and effectiveness of target setting"),
				Arguments.of(1, "2.3", "Effectiveness in brokering support"),
				Arguments.of(1, "2.3c", "The SIP’s role in brokering additional support for the school from other sources such as other schools, the LA, MIS and other providers"),
				Arguments.of(1, "2.5", "Effectiveness in providing advice to governors on headteacher performance management"),
				Arguments.of(1, "3", "The overall effectiveness of the LA in implementing the SIP programme"),
				Arguments.of(2, "1.1-1.2", "LA management of SIPs"),
				Arguments.of(2, "2.2", "The quality of target setting"),
				Arguments.of(2, "2.3a", "The SIP’s role in categorising schools and working with schools causing concern"),
				Arguments.of(2, "2.3b", "The SIP’s role in brokering National Strategies resources and in evaluating their impact"),
				Arguments.of(2, "2.4", "Quality of SIP reports"),
				Arguments.of(2, "3", "The overall effectiveness of the SIP in their work with the school"),
				Arguments.of(4, "2.4", "The quality of SIP reports"));
	}

	@ParameterizedTest(name = "schedule {0} section {1}")
	@MethodSource("titles")
	void sectionTitle(int schedule, String code, String title) {
		assertEquals(title, NationalFramework.section(schedule, code).getTitle());
	}
}
