package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.ProcessTests.StatusRow;
import org.schoolstats.support.Published;
import org.schoolstats.support.SampleInbox;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.springframework.util.FileSystemUtils;

/** Contract section 4, "Rerunning": up to date, {@code --force}, a changed inbox, and the reject threshold. */
class RerunIT {

	/** One working directory with a completed run of a copy of the sample inbox; each test looks at what it adds. */
	@TempDir
	static Path shared;

	@TempDir
	Path work;

	@BeforeAll
	static void completedRun() {
		SampleInbox.copyTo(shared.resolve("inbox"));
		Result result = runShared();
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	private static Result runShared(String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--input", "inbox", "--output", "out", "--period", "2024"));
		args.addAll(List.of(more));
		return ProcessTests.run(shared, args.toArray(String[]::new));
	}

	private static List<StatusRow> executions2024() {
		return ProcessTests.status(shared).stream().filter((row) -> row.period().equals("2024")).toList();
	}

	@Test
	void identicalRunIsUpToDateAndStartsNoExecution() {
		List<StatusRow> before = executions2024();
		Map<String, String> published = Published.snapshot(shared.resolve("out/2024"));

		Result result = runShared();

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).containsIgnoringCase("up to date");
		assertThat(executions2024()).isEqualTo(before);
		ProcessTests.assertUnchanged(shared.resolve("out/2024"), published);
	}

	@Test
	void forceRerunsAnUpToDateInbox() throws IOException {
		List<StatusRow> before = executions2024();
		long publishedBefore = ProcessTests.publishedExecutionId(shared.resolve("out/2024"));
		Path previous = this.work.resolve("previous");
		FileSystemUtils.copyRecursively(shared.resolve("out/2024"), previous);

		Result result = runShared("--force");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).doesNotContainIgnoringCase("up to date");
		List<StatusRow> after = executions2024();
		assertThat(after).hasSize(before.size() + 1);
		long publishedAfter = ProcessTests.publishedExecutionId(shared.resolve("out/2024"));
		assertThat(publishedAfter).isNotEqualTo(publishedBefore);
		assertThat(ProcessTests.row(after, publishedAfter).status()).isEqualTo("COMPLETED");
		ProcessTests.assertSamePublication(shared.resolve("out/2024"), previous);
	}

	@Test
	void changedInputFileRunsAgain() throws IOException {
		List<StatusRow> before = executions2024();
		long publishedBefore = ProcessTests.publishedExecutionId(shared.resolve("out/2024"));
		// One more valid inspection row for a registry school changes the inbox and the published figures.
		Path file = shared.resolve("inbox/safety_inspections/zz-added.csv");
		Files.writeString(file, "school_code,inspection_id,inspection_date,category,hazards_found,hazards_rectified,"
				+ "major_hazards,inspector\n2310250001,ADDED-1,2024-10-08,fire,2,2,0,Test\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE_NEW);

		Result result = runShared();

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.stdout()).doesNotContainIgnoringCase("up to date");
		assertThat(executions2024()).hasSize(before.size() + 1);
		long publishedAfter = ProcessTests.publishedExecutionId(shared.resolve("out/2024"));
		assertThat(publishedAfter).isNotEqualTo(publishedBefore);
		assertThat(Published.text(shared.resolve("out/2024/manifest.json"))).contains("safety_inspections/zz-added.csv");
	}

	@Test
	void rejectThresholdFailsWithoutPublishingThenHigherLimitResumesAndPublishes() throws Exception {
		String input = ProcessTests.sampleInbox().toString();

		Result failed = ProcessTests.run(this.work, "run", "--input", input, "--output", "out", "--period", "2024",
				"--max-reject-pct", "0.5");

		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
		String message = ProcessTests.assertOnePlainSentence(failed);
		assertThat(message).as("says where the rejects are and what to do")
			.contains(Path.of("out", "2024.failed", "rejects.csv").toString())
			.contains("--max-reject-pct");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
		assertThat(this.work.resolve("out/2024.failed/rejects.csv"))
			.hasSameBinaryContentAs(ProcessTests.reference().resolve("rejects.csv"));

		Result resumed = ProcessTests.run(this.work, "run", "--input", input, "--output", "out", "--period", "2024",
				"--max-reject-pct", "10");

		assertThat(resumed.exitCode()).as(resumed.output()).isZero();
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());
		// Resumed: the second execution belongs to the job instance of the failed one.
		try (Connection db = ProcessTests.repository(this.work, "2024"); Statement statement = db.createStatement();
				ResultSet executions = statement.executeQuery(
						"select JOB_INSTANCE_ID, STATUS from BATCH_JOB_EXECUTION order by JOB_EXECUTION_ID")) {
			List<String> rows = new ArrayList<>();
			while (executions.next()) {
				rows.add(executions.getLong(1) + " " + executions.getString(2));
			}
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0)).endsWith(" FAILED");
			assertThat(rows.get(1)).endsWith(" COMPLETED");
			assertThat(rows.get(0).split(" ")[0]).isEqualTo(rows.get(1).split(" ")[0]);
		}
	}

}
