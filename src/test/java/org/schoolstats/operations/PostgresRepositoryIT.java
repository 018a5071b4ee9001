package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.job.RunParameters;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.PostgresDatabases;
import org.schoolstats.support.Published;
import org.schoolstats.support.SampleInbox;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.SchoolStatsJar;

import tools.jackson.databind.node.ObjectNode;

/** Section 4 on a PostgreSQL repository: created on first use, listed by status, a killed run resumes exactly. */
class PostgresRepositoryIT {

	@RegisterExtension
	static final PostgresDatabases postgres = new PostgresDatabases("repository");

	/** Small chunks and one reader per category, so that the sample's 3,000 training rows span many commits. */
	private static final int CHUNK = 200;

	private static final List<String> JVM = List.of("-Dschool-stats.batch-size=1", "-Dschool-stats.chunk-size=" + CHUNK,
			"-Dschool-stats.read-workers=1");

	/** The training reader of the only partition: after 3 committed chunks, inside the transaction of the 4th. */
	private static final String TRAINING_PARTITION = "readTeacherTraining-files:partition0";

	private static final String[] PUBLISHED_FILES = Published.FILES.toArray(String[]::new);

	@TempDir
	static Path temp;

	static Path input;

	static List<String> tablesBeforeFirstRun;

	/** The uninterrupted run of the sample inbox that the resumed runs must match. */
	static Result reference;

	static Path referenceOutput;

	@BeforeAll
	static void runTheSampleInboxOnce() {
		input = SampleInbox.copyTo(temp.resolve("input"));
		tablesBeforeFirstRun = postgres.tables(postgres.url());
		referenceOutput = temp.resolve("reference-output");
		reference = SchoolStatsJar.run(temp.resolve("reference"), JVM, Map.of(), run(referenceOutput));
	}

	@Test
	void runOnPostgresCreatesTheJobRepositoryOnFirstUseAndStatusListsTheExecution() {
		assertThat(tablesBeforeFirstRun).isEmpty();
		assertThat(reference.exitCode()).as(reference.output()).isZero();
		assertThat(postgres.tables(postgres.url())).contains("batch_job_instance", "batch_job_execution",
				"batch_job_execution_params", "batch_job_execution_context", "batch_step_execution",
				"batch_step_execution_context");
		long id = manifestExecutionId(referenceOutput);
		assertThat(postgres.query(postgres.url(),
				"select status from batch_job_execution where job_execution_id = ?", id))
			.containsExactly(Map.of("status", "COMPLETED"));

		Result status = SchoolStatsJar.run(temp.resolve("status"), "status", "--db", postgres.url());

		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.stdout().lines().filter((line) -> line.startsWith(id + " ")))
			.as(status.stdout())
			.singleElement()
			.satisfies((line) -> assertThat(line.split("\\s+")).contains("2024", "COMPLETED"));
	}

	@Test
	void runKilledMidChunkResumesFromItsLastCommitAndPublishesWhatAnUninterruptedRunPublishes() {
		assertThat(reference.exitCode()).as(reference.output()).isZero();
		Path workingDirectory = temp.resolve("killed-mid-chunk");
		Path output = temp.resolve("killed-mid-chunk-output");
		long killedId;
		try (PausedJar paused = PausedJar.start(workingDirectory, TRAINING_PARTITION + "#3", JVM, run(output))) {
			killedId = runningExecution(output);
			paused.kill();
		}

		Result rerun = SchoolStatsJar.run(workingDirectory, JVM, Map.of(), run(output));

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		assertSamePublication(output, referenceOutput);
		long resumedId = manifestExecutionId(output);
		assertThat(executionsOfTheSameInstance(killedId)).containsExactly(Map.of("id", killedId, "status", "FAILED"),
				Map.of("id", resumedId, "status", "COMPLETED"));
		// The killed reader had committed 3 chunks; the resumed one reads only the rest of the records.
		assertThat(readCount(killedId, TRAINING_PARTITION)).isEqualTo(3 * CHUNK);
		assertThat(readCount(resumedId, TRAINING_PARTITION))
			.isEqualTo(readCount(manifestExecutionId(referenceOutput), TRAINING_PARTITION) - 3 * CHUNK);
	}

	@Test
	void restartByIdResumesAKilledExecutionFromItsLastStepAndCompletes() {
		assertThat(reference.exitCode()).as(reference.output()).isZero();
		Path workingDirectory = temp.resolve("killed-at-reconcile");
		Path output = temp.resolve("killed-at-reconcile-output");
		long killedId;
		try (PausedJar paused = PausedJar.start(workingDirectory, "reconcile", JVM, run(output))) {
			killedId = runningExecution(output);
			paused.kill();
		}

		Result restart = SchoolStatsJar.run(workingDirectory, "restart", Long.toString(killedId), "--db",
				postgres.url());

		assertThat(restart.exitCode()).as(restart.output()).isZero();
		assertSamePublication(output, referenceOutput);
		long resumedId = manifestExecutionId(output);
		assertThat(executionsOfTheSameInstance(killedId)).containsExactly(Map.of("id", killedId, "status", "FAILED"),
				Map.of("id", resumedId, "status", "COMPLETED"));
		assertThat(postgres.query(postgres.url(),
				"select step_name from batch_step_execution where job_execution_id = ? order by step_execution_id",
				resumedId))
			.extracting((row) -> row.get("step_name"))
			.startsWith("reconcile")
			.contains("publish")
			.noneMatch((step) -> step.toString().startsWith("read") || step.equals("checkRegistry")
					|| step.equals("scanInbox"));
	}

	@Test
	void restartOfAnIdTheRepositoryDoesNotHoldIsAUsageError() {
		Result restart = SchoolStatsJar.run(temp.resolve("unknown-id"), "restart", "999999", "--db", postgres.url());

		assertThat(restart.exitCode()).as(restart.output()).isEqualTo(2);
		assertThat(restart.stderr()).contains("999999").doesNotContain("Exception");
	}

	private static String[] run(Path output) {
		return new String[] { "run", "--input", input.toString(), "--output", output.toString(), "--period", "2024",
				"--db", postgres.url() };
	}

	/** The execution the repository holds as running for this output: the paused process's. */
	private static long runningExecution(Path output) {
		List<Map<String, Object>> running = postgres.query(postgres.url(), """
				select e.job_execution_id from batch_job_execution e
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where e.status = 'STARTED' and p.parameter_name = ? and p.parameter_value = ?""",
				RunParameters.OUTPUT, output.toAbsolutePath().normalize().toString());
		assertThat(running).hasSize(1);
		return ((Number) running.get(0).get("job_execution_id")).longValue();
	}

	private static List<Map<String, Object>> executionsOfTheSameInstance(long executionId) {
		return postgres.query(postgres.url(), """
				select job_execution_id as id, status from batch_job_execution
				where job_instance_id = (select job_instance_id from batch_job_execution where job_execution_id = ?)
				order by job_execution_id""", executionId);
	}

	private static long readCount(long executionId, String stepName) {
		List<Map<String, Object>> rows = postgres.query(postgres.url(),
				"select read_count from batch_step_execution where job_execution_id = ? and step_name = ?",
				executionId, stepName);
		assertThat(rows).as("step %s of execution %d", stepName, executionId).hasSize(1);
		return ((Number) rows.get(0).get("read_count")).longValue();
	}

	private static long manifestExecutionId(Path output) {
		return manifest(output.resolve("2024")).get("job_execution_id").asLong();
	}

	/**
	 * Byte for byte the same files; report.html the same apart from the completion time it shows; the manifest the
	 * same apart from the execution id, the completion time and the SHA-256 of the report.
	 */
	private static void assertSamePublication(Path output, Path expectedOutput) {
		Path published = output.resolve("2024");
		Path expected = expectedOutput.resolve("2024");
		assertThat(list(published)).containsExactlyInAnyOrder(PUBLISHED_FILES);
		for (String name : PUBLISHED_FILES) {
			if (name.equals("manifest.json")) {
				ObjectNode actual = manifest(published);
				ObjectNode wanted = manifest(expected);
				for (ObjectNode manifest : List.of(actual, wanted)) {
					manifest.remove("job_execution_id");
					manifest.remove("completed_at");
					manifest.get("outputs").forEach((file) -> {
						if (file.get("path").asString().equals(Published.REPORT)) {
							((ObjectNode) file).remove("sha256");
						}
					});
				}
				assertThat(actual).isEqualTo(wanted);
			}
			else if (name.equals(Published.REPORT)) {
				assertThat(Published.reportWithoutCompletionTime(published.resolve(name)))
					.isEqualTo(Published.reportWithoutCompletionTime(expected.resolve(name)));
			}
			else {
				assertThat(published.resolve(name)).as(name).hasSameBinaryContentAs(expected.resolve(name));
			}
		}
	}

	private static ObjectNode manifest(Path publication) {
		return (ObjectNode) Published.json(publication.resolve("manifest.json"));
	}

	private static List<String> list(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
