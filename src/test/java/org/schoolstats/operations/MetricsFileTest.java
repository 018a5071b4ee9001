package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.operations.MetricsFiles.Series;

/**
 * The metrics file (README, "Running nightly"): each run replaces its own period's series, under a lock and by a
 * rename; the last success of a period survives its failures; a refused run changes nothing of its period; a file
 * that cannot be written or read is a warning, never a failed run. Whole runs are in {@code MonitoringIT}.
 */
class MetricsFileTest {

	@TempDir
	Path directory;

	private Path file() {
		return this.directory.resolve("school-stats.prom");
	}

	/** What a run of the period that ends with this exit code writes, without a job (it ended before launching). */
	private void run(String period, int exitCode) {
		RunMetrics.begin(file(), period);
		RunMetrics.end(exitCode);
	}

	@Test
	void aRunWritesWhenAndHowItEndedForItsPeriod() {
		double before = System.currentTimeMillis() / 1000.0;
		run("2024", ExitCode.OK);
		double after = System.currentTimeMillis() / 1000.0;

		List<Series> series = MetricsFiles.read(file());
		double ended = MetricsFiles.value(series, "school_stats_last_run_timestamp_seconds", "2024");
		assertThat(ended).isBetween(before - 0.001, after + 0.001);
		assertThat(MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024")).isEqualTo(ended);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_success", "2024")).isEqualTo(1);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_exit_code", "2024")).isZero();
		assertThat(MetricsFiles.value(series, "school_stats_last_run_duration_seconds", "2024")).isPositive();
		assertThat(series).allMatch((s) -> "2024".equals(s.label("period")));
	}

	@Test
	void aFailedRunKeepsTheLastSuccessOfItsPeriod() {
		run("2024", ExitCode.OK);
		double success = MetricsFiles.value(MetricsFiles.read(file()), "school_stats_last_success_timestamp_seconds",
				"2024");

		run("2024", ExitCode.FAILED);

		List<Series> series = MetricsFiles.read(file());
		assertThat(MetricsFiles.value(series, "school_stats_last_success_timestamp_seconds", "2024")).isEqualTo(success);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_success", "2024")).isZero();
		assertThat(MetricsFiles.value(series, "school_stats_last_run_exit_code", "2024")).isEqualTo(1);
		assertThat(MetricsFiles.value(series, "school_stats_last_run_timestamp_seconds", "2024"))
			.isGreaterThanOrEqualTo(success);
	}

	@Test
	void aPeriodThatNeverSucceededHasNoLastSuccess() {
		run("2024", ExitCode.USAGE);

		List<Series> series = MetricsFiles.read(file());
		assertThat(MetricsFiles.of(series, "school_stats_last_success_timestamp_seconds", "2024")).isEmpty();
		assertThat(MetricsFiles.value(series, "school_stats_last_run_exit_code", "2024")).isEqualTo(2);
	}

	@Test
	void aRunLeavesTheOtherPeriodsSeriesAsTheyWere() {
		run("2023", ExitCode.OK);
		run("2024-H1", ExitCode.FAILED);
		List<String> before2023 = MetricsFiles.linesOf(file(), "2023");
		List<String> beforeH1 = MetricsFiles.linesOf(file(), "2024-H1");

		run("2024", ExitCode.OK);

		MetricsFiles.read(file());
		assertThat(MetricsFiles.linesOf(file(), "2023")).isEqualTo(before2023).isNotEmpty();
		assertThat(MetricsFiles.linesOf(file(), "2024-H1")).isEqualTo(beforeH1).isNotEmpty();
		assertThat(MetricsFiles.linesOf(file(), "2024")).isNotEmpty();
	}

	@Test
	void aRefusedRunChangesNothingOfItsPeriod() throws IOException {
		run("2024", ExitCode.FAILED);
		String before = Files.readString(file());

		run("2024", ExitCode.BUSY);

		assertThat(Files.readString(file())).isEqualTo(before);
	}

	@Test
	void rowsOfAPeriodAreThoseOfItsLastRunAndNoneWhenItCountedNothing() throws IOException {
		Files.writeString(file(), """
				# HELP school_stats_rows rows
				# TYPE school_stats_rows gauge
				school_stats_rows{category="enrollment",outcome="read",period="2023"} 58.0
				school_stats_rows{category="enrollment",outcome="read",period="2024"} 61.0
				""");

		run("2024", ExitCode.FAILED);

		List<Series> series = MetricsFiles.read(file());
		assertThat(MetricsFiles.of(series, "school_stats_rows", "2024")).isEmpty();
		assertThat(MetricsFiles.value(series, "school_stats_rows", "2023", "category", "enrollment")).isEqualTo(58);
	}

	@Test
	void theFileIsReplacedByARenameAndOnlyTheLockFileStaysBesideIt() throws IOException {
		run("2024", ExitCode.OK);
		run("2023", ExitCode.OK);

		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files.map((f) -> f.getFileName().toString()).sorted())
				.containsExactly("school-stats.prom", "school-stats.prom.lock");
		}
	}

	@Test
	void aFileThatIsNotInTheTextFormatIsLeftAsItIs() throws IOException {
		Files.writeString(file(), "this is not a metrics file\n");

		run("2024", ExitCode.OK); // a warning on the console, no exception

		assertThat(Files.readString(file())).isEqualTo("this is not a metrics file\n");
		assertThatThrownBy(() -> new MetricsFile(file()).update((families) -> families))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("not in Prometheus's text format");
	}

	@Test
	void aFileThatCannotBeWrittenIsNoFailure() {
		Path missing = this.directory.resolve("no-such-directory/school-stats.prom");
		RunMetrics.begin(missing, "2024");

		RunMetrics.end(ExitCode.OK); // a warning on the console, no exception

		assertThat(missing.getParent()).doesNotExist();
	}

	@Test
	void runsOfSeveralPeriodsAtOnceEachKeepTheOthersSeries() throws Exception {
		List<String> periods = List.of("2020", "2021", "2022", "2023", "2024", "2024-H1", "2024-H2", "2025");
		ExecutorService threads = Executors.newFixedThreadPool(periods.size());
		try {
			List<Future<?>> runs = periods.stream()
				.<Future<?>>map((period) -> threads.submit(() -> {
					try {
						new MetricsFile(file()).update((families) -> MetricsFile.merge(families, period,
								PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx{period=\"" + period + "\"} 1\n"),
								Set.of()));
					}
					catch (IOException ex) {
						throw new AssertionError(ex);
					}
				}))
				.toList();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(MetricsFiles.read(file())).extracting((s) -> s.label("period"))
			.containsExactlyInAnyOrderElementsOf(periods);
		assertThat(Files.readString(file(), StandardCharsets.UTF_8)).startsWith("# HELP x x\n# TYPE x gauge\n");
	}

}
