package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.support.SampleInbox;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;

/** Contract section 4: exit codes, one plain sentence per failure, the console and the log file. */
class CommandLineIT {

	@TempDir
	Path work;

	// Usage errors: exit 2 and one sentence

	static Stream<Arguments> usageErrors() {
		String input = ProcessTests.sampleInbox().toString();
		return Stream.of(Arguments.of("unknown command", new String[] { "publish", "--input", input }),
				Arguments.of("no command", new String[] {}),
				Arguments.of("unknown option",
						new String[] { "run", "--input", input, "--output", "out", "--period", "2024", "--verbose" }),
				Arguments.of("missing --output", new String[] { "run", "--input", input, "--period", "2024" }),
				Arguments.of("missing --period", new String[] { "validate", "--input", input }),
				Arguments.of("period 2024-H3",
						new String[] { "run", "--input", input, "--output", "out", "--period", "2024-H3" }),
				Arguments.of("period 24",
						new String[] { "validate", "--input", input, "--period", "24" }),
				Arguments.of("--max-reject-pct 150", new String[] { "run", "--input", input, "--output", "out",
						"--period", "2024", "--max-reject-pct", "150" }),
				Arguments.of("--max-reject-pct abc", new String[] { "run", "--input", input, "--output", "out",
						"--period", "2024", "--max-reject-pct", "abc" }),
				Arguments.of("--max-reject-pct -1", new String[] { "run", "--input", input, "--output", "out",
						"--period", "2024", "--max-reject-pct", "-1" }),
				Arguments.of("missing input directory",
						new String[] { "run", "--input", "no-such-inbox", "--output", "out", "--period", "2024" }),
				Arguments.of("missing input directory (validate)",
						new String[] { "validate", "--input", "no-such-inbox", "--period", "2024" }),
				Arguments.of("restart without a number", new String[] { "restart", "last" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("usageErrors")
	void usageErrorExitsTwoWithOnePlainSentence(String what, String[] args) {
		Result result = ProcessTests.run(this.work, args);

		assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
		ProcessTests.assertOnePlainSentence(result);
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "run", "validate", "status", "restart" })
	void helpOfEachCommandExitsZero(String command) {
		Result result = command.isEmpty() ? ProcessTests.run(this.work, "--help")
				: ProcessTests.run(this.work, command, "--help");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).contains("Usage").contains(command.isEmpty() ? "run" : command);
		ProcessTests.assertNoStackTrace(result);
	}

	@Test
	void topLevelHelpListsTheCommands() {
		Result result = ProcessTests.run(this.work, "--help");

		assertThat(result.stdout()).contains("run", "validate", "status", "restart");
	}

	// A broken or missing registry (section 1.1): RegistryRulesIT, and every rule in RegistryTest

	// A file that is found but cannot be read: exit 1, the message names it, nothing is published

	@Test
	void unreadableFifoFailsTheRunNamingTheFile() throws Exception {
		Path inbox = SampleInbox.copyTo(this.work.resolve("inbox"));
		Path fifo = inbox.resolve("teacher_training/x.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
		assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(mkfifo.exitValue()).isZero();

		Result result = ProcessTests.run(this.work, "run", "--input", inbox.toString(), "--output", "out", "--period",
				"2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("teacher_training/x.csv");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	@Test
	void danglingLinkFailsTheRunNamingTheFile() throws IOException {
		Path inbox = oneSchoolInbox();
		Files.createSymbolicLink(inbox.resolve("enrollment/x.csv"), this.work.resolve("gone.csv"));

		Result result = ProcessTests.run(this.work, "run", "--input", inbox.toString(), "--output", "out", "--period",
				"2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("enrollment/x.csv");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	@Test
	void completedRunExitsZero() {
		Path inbox = oneSchoolInbox();

		Result result = ProcessTests.run(this.work, "run", "--input", inbox.toString(), "--output", "out", "--period",
				"2024");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(this.work.resolve("out/2024/manifest.json")).isRegularFile();
		ProcessTests.assertNoStackTrace(result);
	}

	@Test
	void runShowsItsInboxFirstAStepPerLineAndTotalsWithWallTimeLast() {
		Path inbox = TestInbox.in(this.work.resolve("inbox"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n"
					+ "S1,T2,P1,Reading,county,2024-13-01,2024-03-02,12,completed\n")
			.path();

		Result result = ProcessTests.run(this.work, "run", "--input", inbox.toString(), "--output", "out", "--period",
				"2024", "--max-reject-pct", "60");

		assertThat(result.exitCode()).as(result.output()).isZero();
		List<String> lines = result.stdout().lines().toList();
		assertThat(lines.get(0)).startsWith("school-stats run 2024: 2 files in ")
			.endsWith("inbox, compared with nothing");
		assertThat(lines).anyMatch((line) -> line.matches("  readTeacherTraining +completed in \\d+\\.\\d s "
				+ "\\(1 files, 2 rows\\)"));
		assertThat(lines.get(lines.size() - 1)).matches("Published .*out/2024 \\(execution \\d+\\): 3 rows read, "
				+ "2 accepted, 1 rejected, in \\d+\\.\\d s\\.");
	}


	// The log: full details in the log file, never on the console (section 4)

	private Path duplicateSchoolInbox() {
		return TestInbox.in(this.work.resolve("inbox"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First,C1,North,primary,urban,public\n"
					+ "S1,Again,C1,North,primary,urban,public\n")
			.path();
	}

	@Test
	void failureStackTraceGoesToTheLogFileNotTheConsole() throws IOException {
		Result result = ProcessTests.run(this.work, "run", "--input", duplicateSchoolInbox().toString(), "--output",
				"out", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		String sentence = ProcessTests.assertOnePlainSentence(result);
		Path log = this.work.resolve("state/logs/school-stats.log");
		assertThat(log).isRegularFile();
		String logged = Files.readString(log);
		assertThat(sentence).contains("schools.csv");
		assertThat(logged).contains("schools.csv").containsPattern("\n\tat org\\.schoolstats\\.");
	}

	@Test
	void logFileVariablePutsTheLogElsewhere() throws IOException {
		Path elsewhere = this.work.resolve("var/log/school-stats.log");

		Result result = ProcessTests.run(this.work, List.of(), Map.of("LOG_FILE", elsewhere.toString()), "run",
				"--input", duplicateSchoolInbox().toString(), "--output", "out", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(elsewhere).isRegularFile();
		assertThat(Files.readString(elsewhere)).containsPattern("\n\tat org\\.schoolstats\\.");
		assertThat(this.work.resolve("state/logs/school-stats.log")).doesNotExist();
	}

	/** An inbox with the default registry and one enrollment row of school S1. */
	private Path oneSchoolInbox() {
		return TestInbox.in(this.work.resolve("inbox"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.path();
	}

}
