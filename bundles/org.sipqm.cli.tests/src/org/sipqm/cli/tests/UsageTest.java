package org.sipqm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

	@ParameterizedTest(name = "{0} --help")
	@ValueSource(strings = { "framework", "summary", "validate" })
	void helpOnEveryCommand(String command) {
		CommandResult result = CommandResult.run(command, "--help");

		assertEquals(0, result.status(), result.err());
		assertTrue(result.out().contains("Usage: sipqm " + command), result.out());
	}

	@ParameterizedTest(name = "arguments {0}")
	@ValueSource(strings = { "", "nonsense", "summary", "validate --colour", "framework --schedule x" })
	void badUsageExitsWithTwo(String arguments) {
		String[] split = arguments.isEmpty() ? new String[0] : arguments.split(" ");

		CommandResult result = CommandResult.run(split);

		assertEquals(2, result.status(), result.out() + result.err());
		assertTrue(!result.err().isBlank(), "no message for " + arguments);
	}

	@org.junit.jupiter.api.Test
	void unknownOptionNamedWithoutFullHelp() {
		CommandResult result = CommandResult.run("summary", "--out=/tmp/x", "workspace");

		assertEquals(2, result.status());
		assertTrue(result.err().contains("'--out=/tmp/x'"), result.err());
		assertTrue(result.err().contains("Run 'sipqm summary --help' for the options."), result.err());
		assertTrue(!result.err().contains("Usage:"), result.err());
	}
}
