package org.sipqm.example.region.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.sipqm.framework.ContributionDiagnostic;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Descriptor;

/**
 * The content that this plug-in added to the framework, as the registry merged it: the local
 * criteria, the number of descriptors, and the diagnostics if the registry rejected the contribution.
 *
 * @param criteria    the criteria whose origin is this plug-in, in document order
 * @param descriptors the number of descriptors whose origin is this plug-in, on any criterion
 * @param rejections  the registry's diagnostics about this plug-in, empty when it merged
 */
public record RegionalContent(List<Criterion> criteria, int descriptors, List<ContributionDiagnostic> rejections) {

	/** The symbolic name of this plug-in, which the registry sets as the origin of what it adds. */
	public static final String PLUGIN_ID = "org.sipqm.example.region";

	/** Collects this plug-in's content from the registry's merged framework. */
	public static RegionalContent of(FrameworkRegistry registry) {
		List<Criterion> criteria = new ArrayList<>();
		int descriptors = 0;
		for (TreeIterator<EObject> contents = registry.national().eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Criterion criterion && PLUGIN_ID.equals(criterion.getOrigin())) {
				criteria.add(criterion);
			} else if (element instanceof Descriptor descriptor && PLUGIN_ID.equals(descriptor.getOrigin())) {
				descriptors++;
			}
		}

		List<ContributionDiagnostic> rejections = registry.diagnostics().stream()
				.filter(diagnostic -> PLUGIN_ID.equals(diagnostic.contributor()))
				.toList();
		return new RegionalContent(List.copyOf(criteria), descriptors, rejections);
	}
}
