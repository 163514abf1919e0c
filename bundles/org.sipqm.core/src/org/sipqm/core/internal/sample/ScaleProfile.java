package org.sipqm.core.internal.sample;

import java.util.List;

import org.sipqm.core.sample.SampleScale;

/**
 * The numbers behind a sample scale.
 *
 * @param regions               the regions and their local authorities
 * @param discussionsPerTerm    schedule 2 headteacher discussions per local authority per term
 * @param minEvidencePerJudgement fewest new evidence items per criterion judgement
 * @param maxEvidencePerJudgement most new evidence items per criterion judgement
 * @param attachmentChance      chance that a document, meeting record or SIP report has an attached file
 */
record ScaleProfile(List<RegionSpec> regions, int discussionsPerTerm, int minEvidencePerJudgement,
		int maxEvidencePerJudgement, double attachmentChance) {

	static ScaleProfile of(SampleScale scale) {
		return switch (scale) {
		case REGIONAL -> new ScaleProfile(List.of(RegionSpec.eastMidlands()), 2, 1, 2, 0.03);
		// Two to three items per judgement give about 165,000 evidence items in all, above the
		// 150,000 that the benchmark needs.
		case NATIONAL -> new ScaleProfile(RegionSpec.nationalSynthetic(), 3, 2, 3, 0.01);
		};
	}
}
