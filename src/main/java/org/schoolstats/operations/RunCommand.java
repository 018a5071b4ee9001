package org.schoolstats.operations;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import org.schoolstats.SchoolStatsJobConfiguration;
import org.schoolstats.WorkArea;
import org.schoolstats.publish.Manifest;
import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.submission.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

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

	@Mixin
	CommonOptions common;

	@Override
	public Integer call() {
		log.info("run {} started {} ms after the JVM", this.period, ManagementFactory.getRuntimeMXBean().getUptime());
		Path inputDirectory = Options.inputDirectory(this.input);
		Path outputDirectory = Options.outputDirectory(this.output);
		Path state = this.common.stateDirectory();
		try (PeriodLock lock = PeriodLock.acquire(state, this.period.label(), this.common.db)) {
			// Reading every file for the fingerprint and starting Spring take seconds each: do both at once.
			CompletableFuture<InboxFingerprint> scan = CompletableFuture
				.supplyAsync(() -> InboxFingerprint.of(inputDirectory));
			JobRepositoryLocation repository = JobRepositoryLocation.of(state, this.period, this.common.db);
			try (BatchContext batch = BatchContext.start(repository, state, state.resolve("work"))) {
				log.info("Job repository {} ready", JobRepositoryLocation.withoutPassword(repository.url()));
				String fingerprint = handOver(InboxFingerprint.await(scan), batch, inputDirectory);
				scan = null; // the scan now belongs to the job, which takes it once: no second copy is kept here
				return run(batch, inputDirectory, outputDirectory, fingerprint);
			}
			finally {
				if (scan != null) {
					scan.cancel(false);
				}
			}
		}
	}

	/** Says what was found, leaves the scan for the job to take and returns the inbox's fingerprint. */
	private String handOver(InboxFingerprint scanned, BatchContext batch, Path inputDirectory) {
		log.info("Inbox fingerprint {}", scanned.value());
		Console.out(String.format(Locale.ROOT, "school-stats run %s: %,d files in %s", this.period,
				scanned.inbox().files().size(), inputDirectory));
		batch.inboxScans().remember(inputDirectory, scanned.value(), scanned.inbox());
		return scanned.value();
	}

	private int run(BatchContext batch, Path inputDirectory, Path outputDirectory, String fingerprint) {
		String period = this.period.label();
		RunHistory history = new RunHistory(batch.repository(), SchoolStatsJobConfiguration.RUN_JOB);
		for (JobExecution recovered : history.recoverAbandoned(period, batch.operator())) {
			Console.out("Execution " + recovered.getId() + " was left running by a process that is gone; it is "
					+ "marked failed so that it can be resumed.");
		}
		List<JobExecution> executions = history.executions(period);
		OutputDirectory published = new OutputDirectory(outputDirectory, period);
		if (!this.force && isUpToDate(executions, fingerprint, published)) {
			Console.out("The outputs in " + published.published() + " are up to date: the inbox is byte for byte the "
					+ "one of the last completed run. Nothing to do (use --force to run anyway).");
			return ExitCode.OK;
		}
		JobParameters parameters = null;
		JobExecution latest = executions.isEmpty() ? null : executions.get(0);
		if (latest != null && isResumable(latest)) {
			if (!sameRun(latest, inputDirectory, outputDirectory, fingerprint)) {
				Console.out("Execution " + latest.getId() + " failed on other files"
						+ (fingerprintOf(latest).equals(fingerprint) ? " or another output" : " (the inbox changed since)")
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
				parameters = new JobParametersBuilder(latest.getJobParameters())
					.addString(SchoolStatsJobConfiguration.MAX_REJECT_PCT, this.maxRejectPct.toPlainString(), false)
					.toJobParameters();
				batch.workAreas().removeAllBut(period, batch.workAreas().of(period, latest.getJobInstanceId()));
			}
		}
		if (parameters == null) {
			batch.workAreas().removeAllBut(period, null);
			parameters = new JobParametersBuilder().addString(SchoolStatsJobConfiguration.PERIOD, period, true)
				.addString(SchoolStatsJobConfiguration.INPUT, inputDirectory.toString(), true)
				.addString(SchoolStatsJobConfiguration.OUTPUT, outputDirectory.toString(), true)
				.addString(SchoolStatsJobConfiguration.FINGERPRINT, fingerprint, true)
				.addLong(SchoolStatsJobConfiguration.RERUN, nextRerun(executions), true)
				.addString(SchoolStatsJobConfiguration.MAX_REJECT_PCT, this.maxRejectPct.toPlainString(), false)
				.toJobParameters();
		}
		return Launch.run(batch, batch.runJob(), parameters, this.common.logFile(), Launch::printPublished);
	}

	/** The last completed run of the period read exactly these bytes and its publication is still in place. */
	private static boolean isUpToDate(List<JobExecution> executions, String fingerprint, OutputDirectory published) {
		JobExecution lastCompleted = executions.stream()
			.filter((execution) -> execution.getStatus() == BatchStatus.COMPLETED)
			.findFirst()
			.orElse(null);
		if (lastCompleted == null || !fingerprint.equals(fingerprintOf(lastCompleted))
				|| !published.root().toString().equals(
						lastCompleted.getJobParameters().getString(SchoolStatsJobConfiguration.OUTPUT))) {
			return false;
		}
		Path manifest = published.published().resolve(Manifest.NAME);
		return Files.exists(manifest) && Manifest.read(manifest).jobExecutionId() == lastCompleted.getId();
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
			.of(execution.getJobParameters().getString(SchoolStatsJobConfiguration.PERIOD), execution.getJobInstanceId())
			.root());
	}

	private static boolean isResumable(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
	}

	private static boolean sameRun(JobExecution execution, Path input, Path output, String fingerprint) {
		JobParameters parameters = execution.getJobParameters();
		return fingerprint.equals(fingerprintOf(execution))
				&& input.toString().equals(parameters.getString(SchoolStatsJobConfiguration.INPUT))
				&& output.toString().equals(parameters.getString(SchoolStatsJobConfiguration.OUTPUT));
	}

	private static String fingerprintOf(JobExecution execution) {
		return execution.getJobParameters().getString(SchoolStatsJobConfiguration.FINGERPRINT, "");
	}

	/** A new run of the same inbox is a new job instance: it differs from every earlier one by this number. */
	private static long nextRerun(List<JobExecution> executions) {
		return executions.stream()
			.mapToLong((execution) -> execution.getJobParameters().getLong(SchoolStatsJobConfiguration.RERUN, -1L))
			.max()
			.orElse(-1) + 1;
	}

	static void deleteWorkArea(BatchContext batch, JobExecution execution) {
		WorkArea.delete(batch.workAreas()
			.of(execution.getJobParameters().getString(SchoolStatsJobConfiguration.PERIOD), execution.getJobInstanceId())
			.root());
	}

}
