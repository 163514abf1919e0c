package org.sipqm.framework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sipqm.framework.ContributionDiagnostic;
import org.sipqm.framework.FrameworkContribution;
import org.sipqm.framework.FrameworkLoadException;
import org.sipqm.model.framework.Framework;

/**
 * Merges framework contributions into loaded frameworks. The merge order is the symbolic name of
 * the contributing plug-in, then declaration order within one plug-in, so a plug-in may add
 * criteria to the local sections of every plug-in whose name sorts before its own. Each
 * contribution is checked as a whole before anything of it is added, so one that clashes adds
 * nothing and leaves the frameworks as the earlier contributions made them.
 */
public final class ContributionMerger {

	private static final String DECLARATION = "the declaration in plugin.xml";
	private static final String FRAGMENT = "the fragment";

	private final List<Framework> frameworks;
	private final List<ContributionDiagnostic> diagnostics = new ArrayList<>();

	/** Creates a merger that adds to the given frameworks, which it changes in place. */
	public ContributionMerger(List<Framework> frameworks) {
		this.frameworks = List.copyOf(frameworks);
	}

	/** Returns the contributions sorted into merge order: by plug-in, and stable within one plug-in. */
	public static List<FrameworkContribution> mergeOrder(Collection<FrameworkContribution> contributions) {
		return contributions.stream().sorted(Comparator.comparing(FrameworkContribution::contributor)).toList();
	}

	/**
	 * Merges the contributions in merge order and returns the diagnostics of those rejected, in
	 * that order as well.
	 */
	public List<ContributionDiagnostic> mergeAll(Collection<FrameworkContribution> contributions) {
		for (FrameworkContribution contribution : mergeOrder(contributions)) {
			merge(contribution);
		}
		return List.copyOf(diagnostics);
	}

	private void merge(FrameworkContribution contribution) {
		if (isBlank(contribution.framework()) || isBlank(contribution.edition()) || contribution.resource() == null) {
			reject(contribution, DECLARATION, "the contribution element needs the attributes framework, edition "
					+ "and resource, for example framework=\"sip-qm\" edition=\"1\" resource=\"model/local.framework\".");
			return;
		}

		Optional<Framework> target = find(contribution.framework(), contribution.edition());
		if (target.isEmpty()) {
			reject(contribution, DECLARATION, "framework '" + contribution.framework() + "' edition '"
					+ contribution.edition() + "' is not installed. Installed: " + installed() + ".");
			return;
		}

		Framework fragment;
		try {
			fragment = FrameworkLoader.load(contribution.resource());
		} catch (FrameworkLoadException e) {
			reject(contribution, FRAGMENT, "invalid fragment: " + e.getMessage());
			return;
		}

		FragmentCheck check = new FragmentCheck(contribution, target.get());
		check.check(fragment);
		if (check.problems().isEmpty()) {
			check.apply();
		} else {
			diagnostics.addAll(check.problems());
		}
	}

	private Optional<Framework> find(String id, String edition) {
		return frameworks.stream()
				.filter(framework -> id.equals(framework.getId()) && edition.equals(framework.getEdition()))
				.findFirst();
	}

	private String installed() {
		return frameworks.stream()
				.map(framework -> "'" + framework.getId() + "' edition '" + framework.getEdition() + "'")
				.collect(Collectors.joining(", "));
	}

	private void reject(FrameworkContribution contribution, String element, String message) {
		diagnostics.add(new ContributionDiagnostic(contribution.contributor(), contribution.resourceText(), element, message));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
