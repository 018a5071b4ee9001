package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.job.RunParameters;
import org.schoolstats.support.PausedJar;
import org.schoolstats.support.PostgresDatabases;
import org.schoolstats.support.SampleInbox;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.SchoolStatsJar;

/** Section 4, concurrency on a PostgreSQL repository: a running period refuses a second run (exit 3), others run. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresConcurrencyIT {

	// The runs share the database from different working directories, so that only the PostgreSQL advisory lock, not
	// the file lock in ./state, can see the other process: as on two machines. One run of 2024 is held mid-chunk for
	// the whole class; the last test kills it.

	@RegisterExtension
	static final PostgresDatabases postgres = new PostgresDatabases("concurrency");

	private static final List<String> JVM = List.of("-Dschool-stats.batch-size=1", "-Dschool-stats.chunk-size=200", "-Dschool-stats.read-workers=1");

	private static final String PAUSE = "readTeacherTraining-files:partition0#1";

	@TempDir
	static Path temp;

	static Path input;

	static Path firstMachine;

	/** The run of 2024 holding the period, paused inside the transaction of a chunk. */
	static PausedJar running;

	@BeforeAll
	static void startARunOf2024AndHoldIt() {
		input = SampleInbox.copyTo(temp.resolve("input"));
		firstMachine = temp.resolve("first-machine");
		running = PausedJar.start(firstMachine, PAUSE, JVM, run("2024", temp.resolve("output")));
	}

	@AfterAll
	static void killTheHeldRun() {
		if (running != null) {
			running.close();
		}
	}

	@Test
	@Order(1)
	void secondRunOfARunningPeriodOnTheSameRepositoryIsRefusedWithExit3EvenFromAnotherWorkingDirectory() {
		Path otherOutput = temp.resolve("other-machine-output");

		Result second = SchoolStatsJar.run(temp.resolve("other-machine"), run("2024", otherOutput));

		assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
		assertThat(second.stderr()).contains("2024").containsIgnoringCase("another process");
		assertThat(second.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(otherOutput.resolve("2024")).doesNotExist();
		assertThat(running.isAlive()).isTrue();
		assertThat(executions("2024")).as("the refused run records no execution").hasSize(1);
	}

	@Test
	@Order(2)
	void runOfAnotherPeriodOnTheSameRepositoryCompletesWhileThePeriodIsRunning() {
		Path output = temp.resolve("output");

		// The sample's returns are for the whole year: half of them lie outside 2024-H1 and are rejected.
		Result firstHalf = SchoolStatsJar.run(firstMachine, JVM, Map.of(), "run", "--input", input.toString(),
				"--output", output.toString(), "--period", "2024-H1", "--max-reject-pct", "100", "--db",
				postgres.url());

		assertThat(firstHalf.exitCode()).as(firstHalf.output()).isZero();
		assertThat(output.resolve("2024-H1").resolve("manifest.json")).exists();
		assertThat(output.resolve("2024")).doesNotExist();
		assertThat(running.isAlive()).isTrue();
		assertThat(executions("2024-H1")).extracting((row) -> row.get("status")).containsExactly("COMPLETED");
		assertThat(executions("2024")).extracting((row) -> row.get("status")).containsExactly("STARTED");
	}

	@Test
	@Order(3)
	void killedRunReleasesThePeriodAndTheSameCommandResumesIt() {
		assertThat(advisoryLocks()).as("the held run keeps a PostgreSQL advisory lock").isEqualTo(1);

		running.kill();
		waitUntilPostgresEndsTheKilledSession();
		Result rerun = SchoolStatsJar.run(firstMachine, JVM, Map.of(), run("2024", temp.resolve("output")));

		assertThat(rerun.exitCode()).as(rerun.output()).isZero();
		assertThat(temp.resolve("output").resolve("2024").resolve("manifest.json")).exists();
		assertThat(executions("2024")).extracting((row) -> row.get("status")).containsExactly("FAILED", "COMPLETED");
		assertThat(postgres.query(postgres.url(),
				"select count(distinct e.job_instance_id) as instances from batch_job_execution e "
						+ "join batch_job_execution_params p on p.job_execution_id = e.job_execution_id "
						+ "where p.parameter_name = 'period' and p.parameter_value = '2024'"))
			.as("the rerun resumed the killed execution instead of starting another")
			.containsExactly(Map.of("instances", 1L));
	}

	private static String[] run(String period, Path output) {
		return new String[] { "run", "--input", input.toString(), "--output", output.toString(), "--period", period,
				"--db", postgres.url() };
	}

	/** The executions of a period, oldest first. */
	private static List<Map<String, Object>> executions(String period) {
		return postgres.query(postgres.url(), """
				select e.job_execution_id, e.status from batch_job_execution e
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where p.parameter_name = ? and p.parameter_value = ?
				order by e.job_execution_id""", RunParameters.PERIOD, period);
	}

	/** Advisory locks held on the class's database. */
	private static long advisoryLocks() {
		return ((Number) postgres.query(postgres.url(), """
				select count(*) as locks from pg_locks
				where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())""")
			.get(0)
			.get("locks")).longValue();
	}

	/**
	 * The server notices a killed client when its connection closes, a moment after the process is gone; until then
	 * the session and its advisory lock live on. Waits for that server process to end.
	 */
	private static void waitUntilPostgresEndsTheKilledSession() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (advisoryLocks() > 0) {
			assertThat(System.nanoTime()).as("the killed run's session still holds its advisory lock")
				.isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
