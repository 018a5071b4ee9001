package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.ProcessTests.StatusRow;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;

/** Contract section 4: {@code validate} publishes nothing; {@code status} lists the executions. */
class ValidateAndStatusIT {

	@TempDir
	Path work;

	@Test
	void validatePrintsCountsPerCategoryAndTheRejects() {
		Result result = ProcessTests.run(this.work, "validate", "--input", ProcessTests.sampleInbox().toString(),
				"--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isZero();
		String out = result.stdout();
		// Every category with its rows_read, rows_accepted, rows_rejected and duplicates_collapsed (input/README.md).
		assertThat(out).containsPattern("enrollment\\s+61\\s+53\\s+4\\s+4")
			.containsPattern("teacher_training\\s+3,?040\\s+3,?023\\s+16\\s+1")
			.containsPattern("safety_inspections\\s+199\\s+185\\s+11\\s+3");
		// Every reject of the published rejects.csv, with its file, line and reason.
		List<Map<String, String>> rejects = Published.rows(ProcessTests.reference().resolve("rejects.csv"));
		assertThat(rejects).hasSize(33);
		for (Map<String, String> reject : rejects) {
			assertThat(out).as("the reject " + reject)
				.contains(reject.get("source_file") + ":" + reject.get("line"))
				.contains(reject.get("reason"));
		}
		ProcessTests.assertNoStackTrace(result);
	}

	@Test
	void validatePublishesNothingAndLeavesNoJobRepository() throws IOException {
		Path inbox = TestInbox.in(this.work.resolve("inbox"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\nS9,primary,1,1,1,0,0,0,0,0,1\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.path();
		Map<String, String> inboxBefore = Published.snapshot(inbox);

		Result result = ProcessTests.run(this.work, "validate", "--input", "inbox", "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).as("the reject").contains("enrollment/S1.csv:3").contains("UNKNOWN_SCHOOL");
		try (Stream<Path> files = Files.walk(this.work)) {
			// The inbox as it was, and at most a log file: no output directory, no repository, no work area.
			assertThat(files.filter(Files::isRegularFile)
				.map((file) -> this.work.relativize(file).toString())
				.filter((name) -> !name.startsWith("inbox/"))).allMatch((name) -> name.startsWith("state/logs/"));
		}
		assertThat(this.work.resolve("state").resolve("repository-2024.mv.db")).doesNotExist();
		ProcessTests.assertUnchanged(inbox, inboxBefore);
	}

	@Test
	void validateOfBrokenRegistryExitsOneNamingTheLine() {
		Path inbox = TestInbox.in(this.work.resolve("inbox"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First,C1,North,primary,city,public\n")
			.path();

		Result result = ProcessTests.run(this.work, "validate", "--input", inbox.toString(), "--period", "2024");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(ProcessTests.assertOnePlainSentence(result)).contains("schools.csv").contains("line 2")
			.contains("locality");
	}

	@Test
	void statusListsCompletedAndFailedExecutionsWithFiguresAndMessage() {
		Path small = TestInbox.in(this.work.resolve("small"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\nS9,primary,1,1,1,0,0,0,0,0,1\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.path();
		Result completed = ProcessTests.run(this.work, "run", "--input", small.toString(), "--output", "out",
				"--period", "2024", "--max-reject-pct", "100");
		assertThat(completed.exitCode()).as(completed.output()).isZero();
		// The same files fail under the default limit: 1 of 2 enrollment rows is rejected (unknown school).
		Result failed = ProcessTests.run(this.work, "run", "--input", small.toString(), "--output", "out",
				"--period", "2024-H1");
		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);

		List<StatusRow> rows = ProcessTests.status(this.work);

		assertThat(rows).extracting(StatusRow::period).containsExactlyInAnyOrder("2024", "2024-H1");
		StatusRow done = rows.stream().filter((row) -> row.period().equals("2024")).findFirst().orElseThrow();
		assertThat(done.id()).isEqualTo(ProcessTests.publishedExecutionId(this.work.resolve("out/2024")));
		assertThat(done.status()).isEqualTo("COMPLETED");
		assertThat(done.line()).as("start and end")
			.containsPattern("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?.*\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d")
			.as("rows read, accepted, rejected")
			.containsPattern("\\s4\\s+3\\s+1\\s");
		StatusRow bad = rows.stream().filter((row) -> row.period().equals("2024-H1")).findFirst().orElseThrow();
		assertThat(bad.status()).isEqualTo("FAILED");
		assertThat(bad.line()).as("start and end")
			.containsPattern("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d)?.*\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d")
			.as("the exit message: which category has too many rejects")
			.contains("enrollment");
	}

	@Test
	void statusWithoutExecutionsExitsZero() {
		Result result = ProcessTests.run(this.work, "status");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).isNotBlank();
		ProcessTests.assertNoStackTrace(result);
	}

}
