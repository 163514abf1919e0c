package org.sipqm.core.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.sipqm.core.internal.validation.rules.AcademicYearRule;
import org.sipqm.core.internal.validation.rules.AttachmentOutsideRule;
import org.sipqm.core.internal.validation.rules.AttachmentRule;
import org.sipqm.core.internal.validation.rules.CriterionFrameworkRule;
import org.sipqm.core.internal.validation.rules.CriterionScheduleRule;
import org.sipqm.core.internal.validation.rules.CriterionUnknownRule;
import org.sipqm.core.internal.validation.rules.CriterionUriRule;
import org.sipqm.core.internal.validation.rules.CriticalNotJudgedRule;
import org.sipqm.core.internal.validation.rules.DateInTermRule;
import org.sipqm.core.internal.validation.rules.DateInYearRule;
import org.sipqm.core.internal.validation.rules.DuplicateEvaluationIdRule;
import org.sipqm.core.internal.validation.rules.EvaluationPathRule;
import org.sipqm.core.internal.validation.rules.EvidenceDateRule;
import org.sipqm.core.internal.validation.rules.EvidenceForGradeRule;
import org.sipqm.core.internal.validation.rules.JointVisitMissingRule;
import org.sipqm.core.internal.validation.rules.JointVisitProtocolRule;
import org.sipqm.core.internal.validation.rules.LaConsultedRule;
import org.sipqm.core.internal.validation.rules.LoadProblemRule;
import org.sipqm.core.internal.validation.rules.ProtocolDateRule;
import org.sipqm.core.internal.validation.rules.ProtocolStepRule;
import org.sipqm.core.internal.validation.rules.RationaleRule;
import org.sipqm.core.internal.validation.rules.SectionBetterThanCriticalRule;
import org.sipqm.core.internal.validation.rules.SectionUnknownRule;
import org.sipqm.core.internal.validation.rules.WrittenSummaryRule;
import org.sipqm.core.validation.ElementRule;
import org.sipqm.core.validation.RuleDescriptor;
import org.sipqm.core.validation.Severity;
import org.sipqm.core.validation.WorkspaceRule;

/**
 * The rules the workbench ships, with the severity each reports. A new rule is one class, one id
 * in {@code RuleIds}, one line here, and its name and description in {@code rules.properties}.
 * EMF's structural checks are not listed: they always run.
 */
public final class DefaultRules {

	private static final String TEXTS = "rules.properties";

	private DefaultRules() {
	}

	public static List<ElementRule> elementRules() {
		return descriptors().stream().map(RuleDescriptor::elementRule).filter(rule -> rule != null).toList();
	}

	public static List<WorkspaceRule> workspaceRules() {
		return descriptors().stream().map(RuleDescriptor::workspaceRule).filter(rule -> rule != null).toList();
	}

	/** Returns a descriptor of each shipped rule, element rules first, in the order they run. */
	public static List<RuleDescriptor> descriptors() {
		Properties texts = loadTexts();
		List<RuleDescriptor> descriptors = new ArrayList<>();
		element(descriptors, texts, new CriterionUriRule(), Severity.ERROR);
		element(descriptors, texts, new CriterionUnknownRule(), Severity.ERROR);
		element(descriptors, texts, new CriterionScheduleRule(), Severity.ERROR);
		element(descriptors, texts, new CriterionFrameworkRule(), Severity.WARNING);
		element(descriptors, texts, new SectionUnknownRule(), Severity.ERROR);
		element(descriptors, texts, new ProtocolStepRule(), Severity.ERROR);
		element(descriptors, texts, new AcademicYearRule(), Severity.ERROR);
		element(descriptors, texts, new DateInYearRule(), Severity.ERROR);
		element(descriptors, texts, new DateInTermRule(), Severity.WARNING);
		element(descriptors, texts, new EvidenceDateRule(), Severity.WARNING);
		element(descriptors, texts, new ProtocolDateRule(), Severity.WARNING);
		element(descriptors, texts, new AttachmentRule(), Severity.WARNING);
		element(descriptors, texts, new AttachmentOutsideRule(), Severity.ERROR);
		element(descriptors, texts, new EvidenceForGradeRule(), Severity.WARNING);
		element(descriptors, texts, new RationaleRule(), Severity.ERROR);
		element(descriptors, texts, new SectionBetterThanCriticalRule(), Severity.ERROR);
		element(descriptors, texts, new CriticalNotJudgedRule(), Severity.ERROR);
		element(descriptors, texts, new JointVisitProtocolRule(), Severity.ERROR);
		element(descriptors, texts, new WrittenSummaryRule(), Severity.ERROR);
		element(descriptors, texts, new LaConsultedRule(), Severity.WARNING);
		workspace(descriptors, texts, new LoadProblemRule(), Severity.ERROR);
		workspace(descriptors, texts, new DuplicateEvaluationIdRule(), Severity.ERROR);
		workspace(descriptors, texts, new EvaluationPathRule(), Severity.WARNING);
		workspace(descriptors, texts, new JointVisitMissingRule(), Severity.WARNING);
		return List.copyOf(descriptors);
	}

	private static void element(List<RuleDescriptor> descriptors, Properties texts, ElementRule rule, Severity severity) {
		descriptors.add(new RuleDescriptor(rule.id(), name(texts, rule.id()), description(texts, rule.id()), severity,
				RuleDescriptor.BUILT_IN, rule, null));
	}

	private static void workspace(List<RuleDescriptor> descriptors, Properties texts, WorkspaceRule rule,
			Severity severity) {
		descriptors.add(new RuleDescriptor(rule.id(), name(texts, rule.id()), description(texts, rule.id()), severity,
				RuleDescriptor.BUILT_IN, null, rule));
	}

	private static String name(Properties texts, String id) {
		return texts.getProperty(id + ".name", id);
	}

	private static String description(Properties texts, String id) {
		return texts.getProperty(id + ".description", "");
	}

	private static Properties loadTexts() {
		Properties texts = new Properties();
		try (InputStream in = DefaultRules.class.getResourceAsStream(TEXTS)) {
			if (in == null) {
				throw new IllegalStateException(TEXTS + " is missing beside " + DefaultRules.class.getName());
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException("Failed to read " + TEXTS, e);
		}
		return texts;
	}
}
