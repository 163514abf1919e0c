package org.sipqm.core.internal.sample;

import java.io.IOException;
import java.nio.file.Path;

import org.sipqm.core.sample.SampleScale;
import org.sipqm.core.sample.SampleWorkspaceGenerator;
import org.sipqm.core.summary.WorkspaceSummary;

/**
 * Writes a sample workspace from the command line and prints its counts.
 *
 * <pre>
 * GenerateSample &lt;folder&gt; [--national] [--seed N]
 * </pre>
 *
 * The folder must not contain a workspace yet. Without --seed the seed is 2007, the seed of the
 * sample kept in releng/sample-workspace. To regenerate that sample after changing the generator,
 * build with {@code ./mvnw -B verify -pl bundles/org.sipqm.core -am} and run from the repository
 * root:
 *
 * <pre>
 * rm -rf releng/sample-workspace/{organisation.xmi,evaluations,evidence,.sipqm}
 * cp=bundles/org.sipqm.core/target/classes:bundles/org.sipqm.model/target/classes
 * cp=$cp:bundles/org.sipqm.framework/target/org.sipqm.framework-0.1.0-SNAPSHOT.jar
 * for artifact in emf/org.eclipse.emf.common emf/org.eclipse.emf.ecore emf/org.eclipse.emf.ecore.xmi platform/org.eclipse.osgi; do
 *   cp=$cp:$(find ~/.m2/repository/org/eclipse/$artifact -name '*.jar' | sort -V | tail -1)
 * done
 * java -cp "$cp" org.sipqm.core.internal.sample.GenerateSample releng/sample-workspace
 * </pre>
 */
public final class GenerateSample {

	private GenerateSample() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = null;
		SampleScale scale = SampleScale.REGIONAL;
		long seed = SampleWorkspaceGenerator.COMMITTED_SAMPLE_SEED;

		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--national" -> scale = SampleScale.NATIONAL;
			case "--seed" -> seed = Long.parseLong(args[++i]);
			default -> folder = Path.of(args[i]);
			}
		}
		if (folder == null) {
			System.err.println("Usage: GenerateSample <folder> [--national] [--seed N]\n"
					+ "  <folder>    an empty or missing folder to write the workspace into\n"
					+ "  --national  write 150 synthetic local authorities instead of the East Midlands\n"
					+ "  --seed N    the random seed, 2007 when omitted");
			System.exit(2);
		}

		WorkspaceSummary summary = new SampleWorkspaceGenerator(seed, scale).generate(folder);
		System.out.println(SummaryText.format(summary));
	}
}
