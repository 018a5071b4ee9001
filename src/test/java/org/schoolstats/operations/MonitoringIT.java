package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.MetricsFiles.Series;
import org.schoolstats.support.SchoolStatsJar.Result;
import org.schoolstats.support.SchoolStatsJar.Running;
import org.schoolstats.support.SchoolStatsJar;
import org.schoolstats.support.TestInbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring a nightly run (README, "Running nightly"): the metrics file that node_exporter's textfile collector
 * reads, shared by the runs of several periods, and the log as one JSON object per line, each line with the period
 * and the execution id.
 */
class MonitoringIT {

	private static final List<String> STEPS = List.of("checkRegistry", "scanInbox", "readEnrollment",
			"readTeacherTraining", "readSafetyInspections", "reconcile", "checkRejectThreshold", "writeOutputs",
			"publish");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	/**
	 * Three schools, each with one row per category, and an exact resubmission of one enrollment row: nothing
	 * rejected, one duplicate collapsed.
	 */
	private Path inbox(String name, String month) {
		String enrollment = "S1,primary,10,200,190,60,55,1,2,30,25\nS2,junior,5,100,90,30,25,0,1,10,12\n"
				+ "S3,preschool,3,40,35,20,15,0,0,3,6\n";
		return TestInbox.in(this.work.resolve(name))
			.enrollment("all.csv", enrollment)
			.enrollment("again/S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("all.csv", "S1,T1,P1,Safety,county," + month + "-01,2024-12-31,8,completed\n"
					+ "S2,T2,P1,Safety,county," + month + "-02,2024-12-31,7.5,completed\n")
			.inspections("all.csv", "S1,I1," + month + "-03,fire,2,2,0,Li\nS3,I2," + month + "-04,food,1,0,0,\n")
			.path();
	}

	private Result run(List<String> jvm, Map<String, String> environment, String... args) {
		return ProcessTests.run(this.work, jvm, environment, args);
	}

	private static Map<String, Long> manifestRows(Path published, String category) {
		JsonNode figures = JSON.readTree(published.resolve("manifest.json").toFile()).get("categories").get(category);
		return Map.of("read", figures.get("rows_read").asLong(), "accepted", figures.get("rows_accepted").asLong(),
				"rejected", figures.get("rows_rejected").asLong(), "duplicates_collapsed",
				figures.get("duplicates_collapsed").asLong());
	}

	private static Map<String, Long> rows(List<Series> series, String period, String category) {
		return MetricsFiles.of(series, "school_stats_rows", period)
			.stream()
			.filter((s) -> category.equals(s.label("category")))
			.collect(Collectors.toMap((s) -> s.label("outcome"), (s) -> (long) s.value()));
	}

	private static void assertRowsAsInTheManifest(List<Series> series, String period, Path published) {
		assertThat(MetricsFiles.of(series, "school_stats_rows", period)).hasSize(12);
		for (String category : List.of("enrollment", "teacher_training", "safety_inspections")) {
			assertThat(rows(series, period, category)).as(period + " " + category)
				.isEqualTo(manifestRows(published, category));
		}
	}

	private static void assertLastRun(List<Series> series, String period, int exitCode, double notBefore) {
		assertThat(MetricsFiles.value(series, "school_stats_last_run_exit_code", period)).isEqualTo(exitCode);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_success", period)).isEqualTo(exitCode == 0 ? 1 : 0);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_timestamp_seconds", period))
			.isBetween(notBefore, now());
		assertThat(MetricsFiles.value(series, "school_stats_last_run_duration_seconds", period)).isPositive()
			.isLessThan(now() - notBefore);
	}

	/** Spring Batch's step timers of a period: step name to status. */
	private static Map<String, String> steps(List<Series> series, String period) {
		return MetricsFiles.of(series, "spring_batch_step_seconds_count", period)
			.stream()
			.collect(Collectors.toMap((s) -> s.label("spring_batch_step_name"),
					(s) -> s.label("spring_batch_step_status")));
	}

	private static double now() {
		return System.currentTimeMillis() / 1000.0;
	}

	@Test
	void runsOfTwoPeriodsShareOneMetricsFileThatMatchesTheirManifestsAndExitCodes() throws Exception {
		Path metrics = this.work.resolve("metrics/school-stats.prom");
		Files.createDirectories(metrics.getParent());
		Path year = inbox("inbox-2024", "2024-03");
		Path half = inbox("inbox-2024-H1", "2024-04");

		// 2024 publishes, with the option
		double started = now();
		Result published = run(List.of(), Map.of(), "run", "--input", year.toString(), "--output", "out", "--period",
				"2024", "--metrics-file", metrics.toString());
		assertThat(published.exitCode()).as(published.output()).isZero();
		assertThat(published.stderr()).isEmpty();
		List<Series> series = MetricsFiles.read(metrics);
		assertLastRun(series, "2024", 0, started);
		double success2024 = MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024");
		assertThat(success2024).isEqualTo(MetricsFiles.value(series, "school_stats_last_run_timestamp_seconds", "2024"));
		assertRowsAsInTheManifest(series, "2024", this.work.resolve("out/2024"));
		assertThat(MetricsFiles.value(series, "school_stats_rows", "2024", "category", "enrollment", "outcome",
				"duplicates_collapsed")).isEqualTo(1);
		assertThat(MetricsFiles.value(series, "spring_batch_job_seconds_count", "2024", "spring_batch_job_name",
				"schoolStats", "spring_batch_job_status", "COMPLETED")).isEqualTo(1);
		assertThat(steps(series, "2024")).containsOnlyKeys(STEPS);
		assertThat(Set.copyOf(steps(series, "2024").values())).containsExactly("COMPLETED");
		assertThat(series).as("no timers of items, chunks or workers")
			.noneMatch((s) -> s.name().startsWith("spring_batch_item") || s.name().startsWith("spring_batch_chunk")
					|| String.valueOf(s.label("spring_batch_step_name")).contains("-files"))
			.allMatch((s) -> "2024".equals(s.label("period")));

		// 2024-H1 publishes, the file named by the environment variable: 2024's series stay as they were
		List<String> lines2024 = MetricsFiles.linesOf(metrics, "2024");
		started = now();
		Result half1 = run(List.of(), Map.of(MetricsOption.ENVIRONMENT, metrics.toString()), "run", "--input",
				half.toString(), "--output", "out", "--period", "2024-H1");
		assertThat(half1.exitCode()).as(half1.output()).isZero();
		series = MetricsFiles.read(metrics);
		assertLastRun(series, "2024-H1", 0, started);
		assertRowsAsInTheManifest(series, "2024-H1", this.work.resolve("out/2024-H1"));
		assertThat(MetricsFiles.linesOf(metrics, "2024")).isEqualTo(lines2024);
		List<String> timersH1 = MetricsFiles.linesOf(metrics, "2024-H1")
			.stream()
			.filter((line) -> line.startsWith("spring_batch_"))
			.toList();
		assertThat(timersH1).isNotEmpty();

		// 2024 fails its reject threshold, the file named by the system property: the last success of 2024 stays,
		// the rows are the ones the failed run counted, 2024-H1 stays as it was
		TestInbox.in(year).enrollment("unknown.csv", "S9,primary,1,1,1,0,0,0,0,0,1\nS8,primary,1,1,1,0,0,0,0,0,1\n");
		List<String> linesH1 = MetricsFiles.linesOf(metrics, "2024-H1");
		started = now();
		Result failed = run(List.of("-D" + MetricsOption.PROPERTY + "=" + metrics), Map.of(), "run", "--input",
				year.toString(), "--output", "out", "--period", "2024");
		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
		ProcessTests.assertOnePlainSentence(failed);
		series = MetricsFiles.read(metrics);
		assertLastRun(series, "2024", 1, started);
		assertThat(MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024"))
			.isEqualTo(success2024);
		assertThat(rows(series, "2024", "enrollment"))
			.isEqualTo(Map.of("read", 6L, "accepted", 3L, "rejected", 2L, "duplicates_collapsed", 1L));
		assertThat(rows(series, "2024", "teacher_training"))
			.isEqualTo(Map.of("read", 2L, "accepted", 2L, "rejected", 0L, "duplicates_collapsed", 0L));
		assertThat(MetricsFiles.value(series, "spring_batch_job_seconds_count", "2024", "spring_batch_job_status",
				"FAILED")).isEqualTo(1);
		assertThat(steps(series, "2024")).as("the steps the failed run ran")
			.containsOnlyKeys(STEPS.subList(0, 7))
			.containsEntry("checkRejectThreshold", "FAILED")
			.containsEntry("reconcile", "COMPLETED");
		assertThat(MetricsFiles.linesOf(metrics, "2024-H1")).isEqualTo(linesH1);

		// restart of the failed execution, again over the threshold
		long failedId = lastExecution("2024");
		started = now();
		Result restarted = run(List.of(), Map.of(), "restart", String.valueOf(failedId), "--metrics-file",
				metrics.toString());
		assertThat(restarted.exitCode()).as(restarted.output()).isEqualTo(1);
		series = MetricsFiles.read(metrics);
		assertLastRun(series, "2024", 1, started);
		assertThat(MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024"))
			.isEqualTo(success2024);
		assertThat(rows(series, "2024", "enrollment"))
			.isEqualTo(Map.of("read", 6L, "accepted", 3L, "rejected", 2L, "duplicates_collapsed", 1L));
		assertThat(steps(series, "2024")).as("a restart runs only the step that failed")
			.containsOnlyKeys("checkRejectThreshold");

		// 2024-H1 is up to date, a success; it waits for the metrics file's lock while another process holds it
		double successH1 = MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024-H1");
		String before = Files.readString(metrics);
		Path lockFile = metrics.resolveSibling("school-stats.prom.lock");
		Running upToDate;
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			started = now();
			List<String> jvm = new ArrayList<>(ProcessTests.JVM);
			upToDate = SchoolStatsJar.start(this.work, jvm, Map.of(), "run", "--input", half.toString(), "--output",
					"out", "--period", "2024-H1", "--metrics-file", metrics.toString());
			upToDate.waitFor("up to date", Duration.ofMinutes(2));
			Thread.sleep(1500);
			assertThat(Files.readString(metrics)).as("not written while the lock is held").isEqualTo(before);
		}
		Result upToDateResult = upToDate.await();
		assertThat(upToDateResult.exitCode()).as(upToDateResult.output()).isZero();
		series = MetricsFiles.read(metrics);
		assertLastRun(series, "2024-H1", 0, started);
		assertThat(MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024-H1"))
			.isGreaterThan(successH1)
			.isEqualTo(MetricsFiles.value(series, "school_stats_last_run_timestamp_seconds", "2024-H1"));
		assertRowsAsInTheManifest(series, "2024-H1", this.work.resolve("out/2024-H1"));
		assertThat(MetricsFiles.linesOf(metrics, "2024-H1").stream().filter((line) -> line.startsWith("spring_batch_")))
			.as("the timers of the job that published, which did not run again")
			.isEqualTo(timersH1);

		// 2024 is refused while another process holds the period: nothing of 2024 changes
		lines2024 = MetricsFiles.linesOf(metrics, "2024");
		linesH1 = MetricsFiles.linesOf(metrics, "2024-H1");
		Result refused;
		try (FileChannel channel = FileChannel.open(this.work.resolve("state/locks/2024.lock"),
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			refused = run(List.of(), Map.of(), "run", "--input", year.toString(), "--output", "out", "--period", "2024",
					"--metrics-file", metrics.toString());
		}
		assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
		MetricsFiles.read(metrics);
		assertThat(MetricsFiles.linesOf(metrics, "2024")).isEqualTo(lines2024);
		assertThat(MetricsFiles.linesOf(metrics, "2024-H1")).isEqualTo(linesH1);

		try (var files = Files.list(metrics.getParent())) {
			assertThat(files.map((file) -> file.getFileName().toString()).collect(Collectors.toSet()))
				.as("nothing else beside the metrics file that the collector would read")
				.isEqualTo(Set.of("school-stats.prom", "school-stats.prom.lock"));
		}

		// The default log is text for people, every line with the period and the execution id
		List<String> logged = Files.readAllLines(this.work.resolve("state/logs/school-stats.log"),
				StandardCharsets.UTF_8);
		assertThat(logged.stream().filter((line) -> line.contains(" [read-")))
			.isNotEmpty()
			.allMatch((line) -> line.matches(".* period=2024(-H1)? execution=2024[0-9]{6}+ .*"));
		assertThat(logged.stream().filter((line) -> line.matches("^\\d{4}-\\d\\d-\\d\\dT.*")))
			.allMatch((line) -> line.contains(" period=2024"));
	}

	private long lastExecution(String period) throws Exception {
		try (Connection db = ProcessTests.repository(this.work, period); Statement statement = db.createStatement();
				ResultSet result = statement.executeQuery("select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION")) {
			result.next();
			return result.getLong(1);
		}
	}

	@Test
	void jsonLogLinesCarryThePeriodAndExecutionIdAndTheFailuresStackTraceNeverTheConsole() throws Exception {
		Path inbox = inbox("inbox", "2024-03");
		TestInbox.in(inbox).enrollment("unknown.csv", "S9,primary,1,1,1,0,0,0,0,0,1\n");
		Path log = this.work.resolve("logs/school-stats.json");

		Result failed = run(List.of(), Map.of("SCHOOL_STATS_LOG_FORMAT", "json", "LOG_FILE", log.toString()), "run",
				"--input", inbox.toString(), "--output", "out", "--period", "2024");

		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
		ProcessTests.assertOnePlainSentence(failed);
		List<JsonNode> lines = new ArrayList<>();
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			JsonNode node = JSON.readTree(line);
			assertThat(node.isObject()).as(line).isTrue();
			assertThat(node.get("timestamp").isNumber()).as(line).isTrue();
			assertThat(node.get("level").asString()).as(line).isIn("INFO", "WARN", "ERROR");
			assertThat(node.get("loggerName").asString()).as(line).isNotEmpty();
			assertThat(node.get("formattedMessage").isString()).as(line).isTrue();
			assertThat(node.get("mdc").get("period").asString()).as(line).isEqualTo("2024");
			lines.add(node);
		}
		assertThat(lines).hasSizeGreaterThan(20);
		String execution = String.valueOf(lastExecution("2024"));
		int first = 0;
		while (lines.get(first).get("mdc").get("execution_id") == null) {
			first++;
		}
		assertThat(lines.subList(first, lines.size())).as("every line once the execution started")
			.allMatch((node) -> execution.equals(node.get("mdc").get("execution_id").asString()));
		assertThat(lines.subList(0, first)).as("before: the command, Spring starting, the job being launched")
			.hasSizeLessThan(12);
		assertThat(lines).filteredOn((node) -> node.get("threadName").asString().startsWith("read-"))
			.as("the partition workers' lines")
			.isNotEmpty()
			.allMatch((node) -> execution.equals(node.get("mdc").get("execution_id").asString()));
		JsonNode error = lines.stream()
			.filter((node) -> node.get("level").asString().equals("ERROR") && !node.get("throwable").isNull())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ERROR line with its stack trace"));
		assertThat(error.get("throwable").get("className").asString()).contains("RejectThresholdExceededException");
		assertThat(error.get("throwable").get("stepArray").size()).isPositive();
		assertThat(error.get("throwable").get("stepArray").get(0).get("className").asString()).isNotEmpty();
	}

	@Test
	void aMetricsFileThatCannotBeWrittenIsAWarningAndTheRunStillPublishes() {
		Path metrics = this.work.resolve("no-such-directory/school-stats.prom");

		Result result = run(List.of(), Map.of(), "run", "--input", inbox("inbox", "2024-03").toString(), "--output",
				"out", "--period", "2024", "--metrics-file", metrics.toString());

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(this.work.resolve("out/2024/manifest.json")).exists();
		String warning = ProcessTests.assertOnePlainSentence(result);
		assertThat(warning).startsWith("Warning: the metrics file " + metrics).contains("not updated");
	}

	@Test
	void aLogFormatThatIsNeitherTextNorJsonIsAUsageError() {
		String input = inbox("inbox", "2024-03").toString();

		Result option = run(List.of(), Map.of(), "run", "--input", input, "--output", "out", "--period", "2024",
				"--log-format", "xml");
		Result variable = run(List.of(), Map.of("SCHOOL_STATS_LOG_FORMAT", "xml"), "run", "--input", input, "--output",
				"out", "--period", "2024");

		assertThat(option.exitCode()).as(option.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(option)).contains("--log-format").contains("xml");
		assertThat(variable.exitCode()).as(variable.output()).isEqualTo(2);
		assertThat(ProcessTests.assertOnePlainSentence(variable)).contains("SCHOOL_STATS_LOG_FORMAT").contains("json");
		assertThat(this.work.resolve("out/2024")).doesNotExist();
	}

	@Test
	void helpOfRunAndRestartNamesTheMetricsFileAndTheLogFormat() {
		for (String command : List.of("run", "restart")) {
			Result help = ProcessTests.run(this.work, command, "--help");

			assertThat(help.exitCode()).isZero();
			assertThat(help.stdout()).contains("--metrics-file").contains(MetricsOption.ENVIRONMENT)
				.contains("--log-format").contains(LogFormat.ENVIRONMENT);
		}
	}

}
