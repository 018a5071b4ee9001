package org.schoolstats.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.schoolstats.job.RunParameters;
import org.schoolstats.job.SchoolStatsJobConfiguration;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.dao.EmptyResultDataAccessException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restart ID}: resumes a failed execution, or one left running by a process that died, from its last
 * checkpoint (section 4), provided the inbox is still the one it was started on.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Resumes a failed (or abandoned) execution from its last checkpoint; `status` lists the ids.")
class RestartCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "ID", description = "The execution id, as `status` shows it.")
	long id;

	@Mixin
	CommonOptions common;

	@Mixin
	MetricsOption metrics;

	@Override
	public Integer call() {
		RunMetrics.begin(this.metrics.file(), null);
		Path state = this.common.stateDirectory();
		if (this.common.db == null) {
			String period = JobRepositoryLocation.periodOfId(this.id);
			if (period == null || !JobRepositoryLocation.periodsWithRepository(state).contains(period)) {
				throw notFound();
			}
			periodKnown(period);
			try (PeriodLock lock = PeriodLock.acquire(state, period, null);
					BatchContext batch = BatchContext.start(JobRepositoryLocation.of(state, Period.parse(period), null),
							state, state.resolve("work"))) {
				return restart(batch, period, lock);
			}
		}
		try (BatchContext batch = BatchContext.start(new JobRepositoryLocation(this.common.db, 0), state,
				state.resolve("work"))) {
			JobExecution execution = find(batch);
			if (execution == null) {
				throw notFound();
			}
			String period = execution.getJobParameters().getString(RunParameters.PERIOD);
			periodKnown(period);
			try (PeriodLock lock = PeriodLock.acquire(state, period, this.common.db)) {
				return restart(batch, period, lock);
			}
		}
	}

	private int restart(BatchContext batch, String period, PeriodLock lock) {
		new RunHistory(batch.repository(), SchoolStatsJobConfiguration.RUN_JOB).recoverAbandoned(period,
				batch.operator());
		JobExecution execution = find(batch);
		if (execution == null || !SchoolStatsJobConfiguration.RUN_JOB.equals(execution.getJobInstance().getJobName())) {
			throw notFound();
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			throw new UserError(ExitCode.USAGE, "Execution " + this.id + " completed, so there is nothing to restart: "
					+ "to run the period again, use `school-stats run --force`.");
		}
		if (execution.getStatus() == BatchStatus.ABANDONED) {
			throw new UserError(ExitCode.USAGE, "Execution " + this.id + " was abandoned (its inbox changed or a "
					+ "forced run replaced it), so it cannot be resumed: use `school-stats run` to start afresh.");
		}
		lock.lockOutput(Path.of(execution.getJobParameters().getString(RunParameters.OUTPUT)));
		Path input = Path.of(execution.getJobParameters().getString(RunParameters.INPUT));
		if (!Files.isDirectory(input) || !InboxFingerprint.of(input)
			.value()
			.equals(execution.getJobParameters().getString(RunParameters.FINGERPRINT))) {
			throw new UserError(ExitCode.FAILED, "The inbox " + input + " changed since execution " + this.id
					+ " started, so its checkpoints no longer apply: use `school-stats run` to start afresh.");
		}
		String comparedSha256 = RunParameters.previousSha256(execution.getJobParameters());
		if (!RunParameters.NOTHING.equals(comparedSha256)) {
			Path compared = Path.of(execution.getJobParameters().getString(RunParameters.PREVIOUS));
			if (!PreviousPublication.check(compared, Period.parse(period)).manifestSha256().equals(comparedSha256)) {
				throw new UserError(ExitCode.FAILED, "The publication " + compared + " that execution " + this.id
						+ " compares with was published again since it started, so its checkpoints no longer apply: "
						+ "use `school-stats run` to start afresh.");
			}
		}
		Console.out("Resuming execution " + this.id + " of " + period + " from its last checkpoint.");
		return Launch.run(batch, (operator) -> operator.restart(execution), this.common.logFile(),
				Launch::printPublished);
	}

	/** From here on the log lines and the metrics belong to the period. */
	private static void periodKnown(String period) {
		LogContext.period(period);
		RunMetrics.period(period);
	}

	/** The execution, or {@code null}: the JDBC repository throws for an unknown id instead of returning null. */
	private JobExecution find(BatchContext batch) {
		try {
			return batch.repository().getJobExecution(this.id);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	private UserError notFound() {
		return new UserError(ExitCode.USAGE, "There is no run execution " + this.id
				+ " in the job repository: `school-stats status` lists the executions and their ids.");
	}

}
