package org.schoolstats.operations;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.schoolstats.job.RunParameters;
import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.schoolstats.publish.Manifest;
import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.step.StepExecution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: runs the pipeline and publishes (section 4). The same command after a failure or a kill resumes the
 * failed execution from its last checkpoint; an inbox identical to the last completed run's is up to date; a
 * changed inbox starts afresh.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Checks the inbox of one period and publishes the county tables into OUTPUT/PERIOD/.")
class RunCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "The period's inbox.")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Where to publish.")
	Path output;

	@Option(names = "--period", required = true, paramLabel = "P", converter = Options.PeriodConverter.class,
			description = "YYYY, YYYY-H1 or YYYY-H2.")
	Period period;

	@Option(names = "--max-reject-pct", paramLabel = "N", defaultValue = "10", converter = Options.PercentConverter.class,
			description = "Fail without publishing when a category rejects more than N %% of its rows (default ${DEFAULT-VALUE}).")
	BigDecimal maxRejectPct;

	@Option(names = "--force", description = "Run even when the outputs are up to date, starting afresh.")
	boolean force;

	@Option(names = "--previous", paramLabel = "DIR|none",
			description = "The earlier publication to compare with (default: OUTPUT/ the same period a year earlier, "
					+ "when it exists); none compares with nothing.")
	String previous;

	@Mixin
	CommonOptions common;

	@Mixin
	MetricsOption metrics;

	@Override
	public Integer call() {
		LogContext.period(this.period.label());
		RunMetrics.begin(this.metrics.file(), this.period.label());
		log.info("run {} started {} ms after the JVM", this.period, ManagementFactory.getRuntimeMXBean().getUptime());
		Path inputDirectory = Options.shortEnough(Options.inputDirectory(this.input), "--input");
		Path outputDirectory = Options.shortEnough(Options.outputDirectory(this.output, this.period.label()), "--output");
		Options.keepApart(inputDirectory, outputDirectory, this.period.label());
		Path previousDirectory = previousDirectory(outputDirectory);
		Path state = this.common.stateDirectory();
		try (PeriodLock lock = PeriodLock.acquire(state, this.period.label(), this.common.db)) {
			lock.lockOutput(outputDirectory);
			PreviousPublication.Checked compared = previousDirectory == null ? null
					: PreviousPublication.check(previousDirectory, this.period);
			// Reading every file for the fingerprint and starting Spring take seconds each: do both at once.
			CompletableFuture<InboxFingerprint> scan = CompletableFuture
				.supplyAsync(LogContext.carried(() -> InboxFingerprint.of(inputDirectory)));
			JobRepositoryLocation repository = JobRepositoryLocation.of(state, this.period, this.common.db);
			try (BatchContext batch = BatchContext.start(repository, state, state.resolve("work"))) {
				log.info("Job repository {} ready", JobRepositoryLocation.withoutPassword(repository.url()));
				String fingerprint = handOver(InboxFingerprint.await(scan), batch, inputDirectory, compared);
				scan = null; // the scan now belongs to the job, which takes it once: no second copy is kept here
				return run(batch, inputDirectory, outputDirectory, fingerprint, compared);
			}
			finally {
				if (scan != null) {
					scan.cancel(false);
				}
			}
		}
	}

	/**
	 * The publication to compare with (section 5): the one {@code --previous} names, which must exist, or by default
	 * the same period a year earlier under the output root, when it exists; {@code null} for none.
	 */
	private Path previousDirectory(Path outputDirectory) {
		if (PreviousPublication.NONE.equals(this.previous)) {
			return null;
		}
		if (this.previous == null) {
			Path directory = PreviousPublication.defaultFor(outputDirectory, this.period);
			return Files.isDirectory(directory) ? directory : null;
		}
		Path directory = Options.shortEnough(Path.of(this.previous).toAbsolutePath().normalize(), "--previous");
		if (!Files.isDirectory(directory)) {
			throw new UserError(ExitCode.USAGE, "The publication to compare with, " + directory + ", does not exist "
					+ "or is not a directory: check --previous, or give --previous none to compare with nothing.");
		}
		return directory;
	}

	/** Says what was found, leaves the scan for the job to take and returns the inbox's fingerprint. */
	private String handOver(InboxFingerprint scanned, BatchContext batch, Path inputDirectory,
			PreviousPublication.Checked compared) {
		log.info("Inbox fingerprint {}", scanned.value());
		Console.out(String.format(Locale.ROOT, "school-stats run %s: %,d files in %s, compared with %s", this.period,
				scanned.inbox().files().size(), inputDirectory, compared == null ? "nothing"
						: compared.period() + " (" + compared.directory() + ")"));
		Launch.warnAboutSkippedLinks(scanned.inbox());
		batch.inboxScans().remember(inputDirectory, scanned.value(), scanned.inbox());
		return scanned.value();
	}

	private int run(BatchContext batch, Path inputDirectory, Path outputDirectory, String fingerprint,
			PreviousPublication.Checked compared) {
		String comparedSha256 = compared == null ? RunParameters.NOTHING : compared.manifestSha256();
		String period = this.period.label();
		RunHistory history = new RunHistory(batch.repository(), SchoolStatsJobConfiguration.RUN_JOB);
		for (JobExecution recovered : history.recoverAbandoned(period, batch.operator())) {
			Console.out("Execution " + recovered.getId() + " was left running by a process that is gone; it is "
					+ "marked failed so that it can be resumed.");
		}
		List<JobExecution> executions = history.executions(period);
		OutputDirectory published = new OutputDirectory(outputDirectory, period);
		Manifest upToDate = this.force ? null : upToDate(executions, fingerprint, comparedSha256, published);
		if (upToDate != null) {
			RunMetrics.upToDate(upToDate);
			Console.out("The outputs in " + published.published() + " are up to date: the inbox is byte for byte the "
					+ "one of the last completed run, compared with the same publication ("
					+ (compared == null ? "none" : compared.period().label()) + "). Nothing to do (use --force to run "
					+ "anyway).");
			return ExitCode.OK;
		}
		JobParameters parameters = null;
		JobExecution latest = executions.isEmpty() ? null : executions.get(0);
		if (latest != null && isResumable(latest)) {
			if (!sameRun(latest, inputDirectory, outputDirectory, fingerprint, comparedSha256)) {
				Console.out("Execution " + latest.getId() + " failed on other files" + (!fingerprintOf(latest)
					.equals(fingerprint) ? " (the inbox changed since)"
							: !comparedSha256.equals(RunParameters.previousSha256(latest.getJobParameters()))
									? " (compared with another publication, or one published again since)"
									: " or another output")
						+ "; its checkpoints do not apply, so this run starts afresh.");
				abandon(batch, latest);
			}
			else if (this.force) {
				Console.out("Execution " + latest.getId() + " failed; --force starts afresh instead of resuming it.");
				abandon(batch, latest);
			}
			else if (lostItsWorkArea(batch, latest)) {
				Console.out("Execution " + latest.getId() + " failed, and its work files are not in " + batch.workAreas()
					.root() + " (was it run from another directory or machine?); this run starts afresh.");
				abandon(batch, latest);
			}
			else {
				Console.out("Resuming execution " + latest.getId() + " of " + period + " from its last checkpoint.");
				parameters = RunParameters.withMaxRejectPct(latest.getJobParameters(), this.maxRejectPct);
				batch.workAreas().removeAllBut(period, batch.workAreas().of(period, latest.getJobInstanceId()));
				published.removeStagingOfDeadRuns(latest.getExecutionContext());
			}
		}
		if (parameters == null) {
			batch.workAreas().removeAllBut(period, null);
			published.removeStagingOfDeadRuns(null);
			parameters = RunParameters.of(this.period, inputDirectory, outputDirectory, fingerprint,
					nextRerun(executions), this.maxRejectPct, compared);
		}
		JobParameters launched = parameters;
		return Launch.run(batch, (operator) -> operator.start(batch.runJob(), launched), this.common.logFile(),
				Launch::printPublished);
	}

	/** The last completed run of the period read exactly these bytes and its publication is still in place. */
	/**
	 * The manifest of the publication in place when it is up to date: published by the last completed execution, of
	 * the same inbox, compared with the same publication, into the same output root; {@code null} otherwise.
	 */
	private static Manifest upToDate(List<JobExecution> executions, String fingerprint, String comparedSha256,
			OutputDirectory published) {
		JobExecution lastCompleted = executions.stream()
			.filter((execution) -> execution.getStatus() == BatchStatus.COMPLETED)
			.findFirst()
			.orElse(null);
		if (lastCompleted == null || !fingerprint.equals(fingerprintOf(lastCompleted))
				|| !comparedSha256.equals(RunParameters.previousSha256(lastCompleted.getJobParameters()))
				|| !published.root().toString().equals(
						lastCompleted.getJobParameters().getString(RunParameters.OUTPUT))) {
			return null;
		}
		Manifest manifest = published.manifest();
		return manifest != null && manifest.jobExecutionId() == lastCompleted.getId() ? manifest : null;
	}

	/** An abandoned execution is never resumed: its checkpoints belong to other files or an older attempt. */
	private static void abandon(BatchContext batch, JobExecution execution) {
		try {
			JobExecution abandoned = batch.operator().abandon(execution);
			abandoned.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(),
					"abandoned: a later run started afresh (the inbox changed, or --force)"));
			batch.repository().update(abandoned);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new UserError(ExitCode.BUSY, "Execution " + execution.getId() + " is still running: wait for it.", ex);
		}
	}

	/** The execution got past the scan, which creates its work area, but the work area is not here. */
	private static boolean lostItsWorkArea(BatchContext batch, JobExecution execution) {
		StepExecution scan = batch.repository().getLastStepExecution(execution.getJobInstance(), "scanInbox");
		return scan != null && scan.getStatus() == BatchStatus.COMPLETED && !Files.isDirectory(batch.workAreas()
			.of(execution.getJobParameters().getString(RunParameters.PERIOD), execution.getJobInstanceId())
			.root());
	}

	private static boolean isResumable(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
	}

	private static boolean sameRun(JobExecution execution, Path input, Path output, String fingerprint,
			String comparedSha256) {
		JobParameters parameters = execution.getJobParameters();
		return fingerprint.equals(fingerprintOf(execution))
				&& comparedSha256.equals(RunParameters.previousSha256(parameters))
				&& input.toString().equals(parameters.getString(RunParameters.INPUT))
				&& output.toString().equals(parameters.getString(RunParameters.OUTPUT));
	}

	private static String fingerprintOf(JobExecution execution) {
		return execution.getJobParameters().getString(RunParameters.FINGERPRINT, "");
	}

	/** A new run of the same inbox is a new job instance: it differs from every earlier one by this number. */
	private static long nextRerun(List<JobExecution> executions) {
		return executions.stream()
			.mapToLong((execution) -> execution.getJobParameters().getLong(RunParameters.RERUN, -1L))
			.max()
			.orElse(-1) + 1;
	}

}
