package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.ProcessTests.StatusRow;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.Published;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.TestInbox;

/**
 * Contract section 4, "Rerunning": the same {@code run} after a {@code kill -9} at any moment resumes the execution
 * from its last checkpoint and publishes exactly what an uninterrupted run publishes; a failed or killed run leaves
 * the previous publication in place (section 3).
 */
class KillAndRerunIT {

	private static final String READ_POINT = "readTeacherTraining-files:partition0#3";

	private static final int CHUNK = 200;

	@TempDir
	Path work;

	private String[] runSample() {
		return new String[] { "run", "--input", ProcessTests.sampleInbox().toString(), "--output", "out", "--period",
				"2024" };
	}

	private Result killAndRunAgain(String point, List<String> jvmOptions) {
		killAt(point, jvmOptions);
		return ProcessTests.run(this.work, jvmOptions, Map.of(), runSample());
	}

	/** Runs the sample inbox until the pause point, then kills the process there as {@code kill -9} does. */
	private void killAt(String point, List<String> jvmOptions) {
		try (PausedJar paused = PausedJar.start(this.work, point, jvmOptions, runSample())) {
			paused.kill();
		}
	}

	@Test
	void runKilledInRegistryStepResumesAndPublishesWhatAnUninterruptedRunPublishes() {
		Result rerun = killAndRunAgain("checkRegistry", List.of());

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());
		ProcessTests.assertNoStackTrace(rerun);
	}

	@Test
	void runKilledWhileReadingACategoryResumesAfterTheCommittedChunks() throws Exception {
		Result rerun = killAndRunAgain(READ_POINT,
				List.of("-Dschool-stats.batch-size=1", "-Dschool-stats.chunk-size=" + CHUNK, "-Dschool-stats.read-workers=1"));

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());

		// The reader hands on one item per record of the category and one per file it could not read at all
		// (BAD_HEADER, BAD_ENCODING).
		long items = teacherTrainingRowsRead(ProcessTests.reference()) + fileLevelRejects(ProcessTests.reference());
		List<long[]> executions = new ArrayList<>(); // read count, commit count, completed (1) or not (0)
		try (Connection db = ProcessTests.repository(this.work, "2024");
				PreparedStatement query = db.prepareStatement("select READ_COUNT, COMMIT_COUNT, STATUS from "
						+ "BATCH_STEP_EXECUTION where STEP_NAME = ? order by STEP_EXECUTION_ID")) {
			query.setString(1, "readTeacherTraining-files:partition0");
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					executions.add(new long[] { rows.getLong(1), rows.getLong(2),
							"COMPLETED".equals(rows.getString(3)) ? 1 : 0 });
				}
			}
		}
		assertThat(executions).as("the killed worker and the resumed one").hasSize(2);
		assertThat(executions.get(0)[1]).as("chunks committed before the kill").isEqualTo(3);
		assertThat(executions.get(0)[2]).as("the killed worker did not complete").isZero();
		assertThat(executions.get(1)[2]).as("the resumed worker completed").isEqualTo(1);
		assertThat(executions.get(1)[0]).as("records read by the resumed worker: only those after the 3 committed chunks")
			.isEqualTo(items - 3 * CHUNK);
	}

	@Test
	void killedExecutionIsShownFailedBecauseItsProcessDied() {
		killAt("readEnrollment", List.of());
		long killed = ProcessTests.status(this.work).get(0).id();
		Result rerun = ProcessTests.run(this.work, runSample());
		assertThat(rerun.exitCode()).as(rerun.output()).isZero();

		List<StatusRow> rows = ProcessTests.status(this.work);

		StatusRow row = ProcessTests.row(rows, killed);
		assertThat(row.status()).isEqualTo("FAILED");
		assertThat(row.line()).containsPattern("(?i)process.*(died|dead|gone|killed)");
		assertThat(ProcessTests.row(rows, ProcessTests.publishedExecutionId(this.work.resolve("out/2024"))).status())
			.isEqualTo("COMPLETED");
	}

	@Test
	void statusRecognisesAnExecutionLeftStartedByADeadProcess() {
		killAt("readEnrollment", List.of());

		List<StatusRow> rows = ProcessTests.status(this.work);

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).line()).as("not shown as a run still going on")
			.containsPattern("(?i)(abandoned|died|dead|gone|killed)");
	}

	@Test
	void runKilledAtStartOfPublishingKeepsThePreviousPublicationThenPublishes() {
		Map<String, String> previous = publishSmallInbox();
		try (PausedJar paused = PausedJar.start(this.work, "publish", List.of(), runSample())) {
			ProcessTests.assertUnchanged(this.work.resolve("out/2024"), previous);
		} // killed at the start of publishing
		ProcessTests.assertUnchanged(this.work.resolve("out/2024"), previous);

		Result rerun = ProcessTests.run(this.work, runSample());

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());
	}

	@Test
	void runKilledBetweenTheMovesOfPublishingResumesAndPublishes() {
		publishSmallInbox();
		Result rerun = killAndRunAgain("publish.between-moves", List.of());

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		ProcessTests.assertSamePublication(this.work.resolve("out/2024"), ProcessTests.reference());
	}

	@Test
	void runKilledBetweenTheMovesOfPublishingNeverLeavesAMixOrAHalfWrittenDirectory() throws java.io.IOException {
		Map<String, String> previous = publishSmallInbox();
		long previousId = ProcessTests.publishedExecutionId(this.work.resolve("out/2024"));
		killAt("publish.between-moves", List.of());

		// Publishing is two renames; a kill between them leaves no publication at out/2024 until the run is resumed
		// (docs/decisions.md, "Outputs"), but never a mix of two runs or a half-written directory.
		Path published = this.work.resolve("out/2024");
		if (java.nio.file.Files.exists(published)) {
			if (ProcessTests.publishedExecutionId(published) == previousId) {
				ProcessTests.assertUnchanged(published, previous);
			}
			else {
				ProcessTests.assertSamePublication(published, ProcessTests.reference());
			}
		}
		try (java.util.stream.Stream<Path> staging = java.nio.file.Files.list(this.work.resolve("out"))) {
			assertThat(staging.filter((path) -> path.getFileName().toString().startsWith(".2024.staging-")))
				.as("the complete new publication, waiting in the run's own staging directory")
				.hasSize(1)
				.allSatisfy((path) -> assertThat(path).isDirectory());
		}
		ProcessTests.assertUnchanged(this.work.resolve("out/.2024.previous"), previous);
	}

	/** A first, different publication of 2024 in {@code out/}, from a small inbox; returns its files. */
	private Map<String, String> publishSmallInbox() {
		Path small = TestInbox.in(this.work.resolve("small"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.path();
		Result first = ProcessTests.run(this.work, "run", "--input", small.toString(), "--output", "out", "--period",
				"2024");
		assertThat(first.exitCode()).as(first.output()).isZero();
		return Published.snapshot(this.work.resolve("out/2024"));
	}

	private static long teacherTrainingRowsRead(Path published) {
		Matcher matcher = Pattern
			.compile("\"teacher_training\"\\s*:\\s*\\{\\s*\"rows_read\"\\s*:\\s*(\\d+)")
			.matcher(Published.text(published.resolve("manifest.json")));
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static long fileLevelRejects(Path published) {
		return Published.rows(published.resolve("rejects.csv"))
			.stream()
			.filter((row) -> row.get("category").equals("teacher_training"))
			.filter((row) -> row.get("reason").equals("BAD_HEADER") || row.get("reason").equals("BAD_ENCODING"))
			.count();
	}

}
