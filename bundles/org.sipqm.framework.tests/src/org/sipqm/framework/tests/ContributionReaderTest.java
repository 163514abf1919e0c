package org.sipqm.framework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sipqm.framework.FrameworkContribution;
import org.sipqm.framework.internal.ContributionMerger;
import org.sipqm.framework.internal.ContributionReader;

class ContributionReaderTest {

	private final Object token = new Object();
	private final IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, null);

	@AfterEach
	void stopRegistry() {
		registry.stop(token);
	}

	@Test
	void readsDeclarationsInOrder() {
		declare("org.sipqm.framework", "<extension-point id=\"contributions\" name=\"Framework contributions\"/>");
		declare("org.example.gamma", """
				<extension point="org.sipqm.framework.contributions">
					<contribution framework="sip-qm" edition="1" resource="/model/first.framework"/>
					<contribution framework="sip-qm" edition="1"/>
				</extension>""");

		List<FrameworkContribution> contributions = ContributionReader.read(registry);

		assertEquals(2, contributions.size());
		FrameworkContribution first = contributions.get(0);
		assertEquals("org.example.gamma", first.contributor());
		assertEquals("sip-qm", first.framework());
		assertEquals("1", first.edition());
		assertEquals("platform:/plugin/org.example.gamma/model/first.framework", first.resource().toString());
		assertNull(contributions.get(1).resource());
	}

	@Test
	void mergeOrderSortsByPlugin() {
		List<FrameworkContribution> declared = List.of(Contributions.of("org.example.zulu", "local-content.framework"),
				Contributions.of("org.example.beta", "extends-local-content.framework"),
				Contributions.of("org.example.beta", "local-content.framework"),
				Contributions.of("org.example.alpha", "duplicate-code.framework"));

		List<FrameworkContribution> ordered = ContributionMerger.mergeOrder(declared);

		assertEquals(List.of(declared.get(3), declared.get(1), declared.get(2), declared.get(0)), ordered);
	}

	private void declare(String contributor, String extensions) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + extensions + "</plugin>";
		registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				new RegistryContributor(contributor, contributor, null, null), false, contributor, null, token);
	}
}
