package org.schoolstats.operations;

import java.lang.management.ManagementFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.schoolstats.publish.Manifest;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.reconcile.RunFigures;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * What a {@code run} or {@code restart} with {@code --metrics-file} leaves for Prometheus (README, "Running
 * nightly"): when it ends, however it ends, its period's series in the metrics file are replaced: when and how the
 * run ended, the row figures it counted, and Spring Batch's own job and step timers, observed through Micrometer
 * while the job ran. One run per process, so the run being recorded is kept here, as {@link PeriodLock} keeps the
 * locks held: a command begins it, the launch and the up-to-date test add to it, and the command line ends it with
 * the exit code.
 */
final class RunMetrics {

	static final String LAST_SUCCESS = "school_stats_last_success_timestamp_seconds";

	static final String ROWS = "school_stats_rows";

	/** The observations Spring Batch makes for jobs and steps; those of every item and chunk are left out. */
	private static final Set<String> OBSERVED = Set.of("spring.batch.job", "spring.batch.step");

	private static final Map<String, String> DESCRIPTIONS = Map.of("spring.batch.job",
			"How long the job ran, from Spring Batch's observation, by job name and status",
			"spring.batch.step", "How long each step ran, from Spring Batch's observation, by step name and status");

	private static RunMetrics current;

	private final MetricsFile file;

	private final PrometheusMeterRegistry registry;

	private final ObservationRegistry observations;

	private String period;

	private Map<String, Rows> rows;

	private RunMetrics(MetricsFile file) {
		this.file = file;
		this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		this.registry.config().meterFilter(MeterFilter.forMeters((id) -> DESCRIPTIONS.containsKey(id.getName()),
				new MeterFilter() {
					@Override
					public Meter.Id map(Meter.Id id) {
						return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
								DESCRIPTIONS.get(id.getName()), id.getType());
					}
				}));
		this.observations = ObservationRegistry.create();
		this.observations.observationConfig()
			.observationPredicate((name, context) -> OBSERVED.contains(name))
			// A long task timer says what is running while it is scraped; this file is written after the run.
			.observationHandler(new DefaultMeterObservationHandler(this.registry,
					DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
	}

	/** The figures of one category, as in the manifest. */
	record Rows(long read, long accepted, long rejected, long duplicatesCollapsed) {
	}

	/**
	 * Starts recording the run of this process into the metrics file, if one is given.
	 * @param period the period, or {@code null} until {@link #period(String)} says it (a restart by id)
	 */
	static void begin(Path metricsFile, String period) {
		if (metricsFile == null) {
			return;
		}
		current = new RunMetrics(new MetricsFile(metricsFile));
		period(period);
	}

	/** The period the run belongs to; before the job starts, so that every series carries it. */
	static void period(String period) {
		if (current != null && period != null && current.period == null) {
			current.period = period;
			current.registry.config().commonTags(MetricsFile.PERIOD, period);
		}
	}

	/** The observation registry the job and its steps report to, or {@code null} when nothing is recorded. */
	static ObservationRegistry observations() {
		return current == null ? null : current.observations;
	}

	/** The job ran (to its end, completed or failed): its row figures are the run's, if it got as far as counting. */
	static void executed(JobExecution execution) {
		if (current != null) {
			Map<String, Rows> counted = new LinkedHashMap<>();
			RunFigures.perCategory(execution.getExecutionContext()).forEach((category, counts) -> counted
				.put(category, rows(counts)));
			current.rows = counted;
		}
	}

	/** The outputs were up to date: the run's row figures are those of the publication in place. */
	static void upToDate(Manifest manifest) {
		if (current != null) {
			Map<String, Rows> published = new LinkedHashMap<>();
			manifest.categories().forEach((category, counts) -> published.put(category, new Rows(counts.rowsRead(),
					counts.rowsAccepted(), counts.rowsRejected(), counts.duplicatesCollapsed())));
			current.rows = published;
		}
	}

	private static Rows rows(Reconciliation.Counts counts) {
		return new Rows(counts.rowsRead(), counts.rowsAccepted(), counts.rowsRejected(), counts.duplicatesCollapsed());
	}

	/**
	 * Writes the run's series into the metrics file: a run refused because its period is running changes nothing
	 * of its period. A file that cannot be written is a warning on the console, never a failed run.
	 */
	static void end(int exitCode) {
		RunMetrics run = current;
		current = null;
		if (run == null || run.period == null) {
			return;
		}
		try {
			if (exitCode == ExitCode.BUSY) {
				run.file.update((families) -> families);
			}
			else {
				List<PrometheusText.Family> fresh = PrometheusText.parse(run.scrape(exitCode));
				run.file.update((families) -> MetricsFile.merge(families, run.period, fresh, Set.of(ROWS)));
			}
		}
		catch (Exception ex) {
			LoggerFactory.getLogger(RunMetrics.class).warn("The metrics file {} could not be written", run.file.path(),
					ex);
			Console.err("Warning: the metrics file " + run.file.path() + " was not updated" + why(ex, run.file.path())
					+ ". The run itself is not affected.");
		}
	}

	private static String why(Exception ex, Path file) {
		if (ex instanceof MetricsFile.NotMetrics) {
			return ": " + ex.getMessage() + ", so it is left as it is; remove it or name another file, and the next "
					+ "run writes it afresh";
		}
		if (!Files.isDirectory(file.getParent())) {
			return ": its directory " + file.getParent() + " does not exist; create it or name another file";
		}
		if (ex instanceof AccessDeniedException denied) {
			return ": " + denied.getFile() + " may not be written by this user; make the directory writable or name "
					+ "another file";
		}
		return " (" + Failures.describe(ex) + "); check that its directory is writable";
	}

	/** This run's series: its own gauges, and the timers of the job if it ran. */
	private String scrape(int exitCode) {
		double now = System.currentTimeMillis() / 1000.0;
		double duration = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		boolean success = exitCode == ExitCode.OK;
		gauge("school_stats.last_run_timestamp_seconds", "When the last run of the period ended, successful or not "
				+ "(Unix time)", now);
		gauge("school_stats.last_run_success", "1 if the last run of the period published or found its outputs up to "
				+ "date, 0 if it failed", success ? 1 : 0);
		gauge("school_stats.last_run_exit_code", "The exit code of the last run of the period: 0 published or up to "
				+ "date, 1 failed, 2 usage or configuration error", exitCode);
		gauge("school_stats.last_run_duration_seconds", "How long the last run of the period took, from the start "
				+ "of the process", duration);
		if (success) {
			gauge("school_stats.last_success_timestamp_seconds", "When the last successful run of the period ended "
					+ "(published, or found its outputs up to date; Unix time)", now);
		}
		if (this.rows != null) {
			this.rows.forEach((category, figures) -> {
				rowGauge(category, "read", figures.read());
				rowGauge(category, "accepted", figures.accepted());
				rowGauge(category, "rejected", figures.rejected());
				rowGauge(category, "duplicates_collapsed", figures.duplicatesCollapsed());
			});
		}
		return this.registry.scrape();
	}

	private void gauge(String name, String description, double value) {
		Gauge.builder(name, () -> value).description(description).register(this.registry);
	}

	private void rowGauge(String category, String outcome, long value) {
		Gauge.builder("school_stats.rows", () -> value)
			.description("The row figures of the last run of the period, as in its manifest: rows read, accepted, "
					+ "rejected and duplicates collapsed, by category; none when it failed before counting them")
			.tags("category", category, "outcome", outcome)
			.register(this.registry);
	}

}
