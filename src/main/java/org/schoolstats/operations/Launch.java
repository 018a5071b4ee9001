package org.schoolstats.operations;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.schoolstats.SchoolStatsJobConfiguration;
import org.schoolstats.reconcile.RunFigures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Starts (or resumes) a job and turns its end into an exit code and one line for the user. */
final class Launch {

	private Launch() {
	}

	/** The line for a completed run: where it published and what it read. */
	static void printPublished(JobExecution execution) {
		RunFigures figures = RunFigures.of(execution.getExecutionContext());
		Path published = Path.of(execution.getJobParameters().getString(SchoolStatsJobConfiguration.OUTPUT))
			.resolve(execution.getJobParameters().getString(SchoolStatsJobConfiguration.PERIOD));
		Console.out(String.format(Locale.ROOT,
				"Published %s (execution %d): %,d rows read, %,d accepted, %,d rejected, in %.1f s.", published,
				execution.getId(), figures.read(), figures.accepted(), figures.rejected(), elapsedSeconds()));
	}

	/** Since the process started, as the person at the console counts it. */
	static double elapsedSeconds() {
		return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
	}

	static int run(BatchContext batch, Job job, JobParameters parameters, Path logFile,
			Consumer<JobExecution> onCompleted) {
		batch.progress().printTo(Console.stdout());
		JobExecution execution;
		try {
			execution = batch.operator().start(job, parameters);
		}
		catch (Exception ex) {
			throw new UserError(ExitCode.FAILED, "The run could not be started (" + Failures.describe(ex)
					+ "). The details are in " + logFile + "; check `school-stats status`.", ex);
		}
		finally {
			batch.progress().printTo(null);
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			onCompleted.accept(execution);
			RunCommand.deleteWorkArea(batch, execution);
			return ExitCode.OK;
		}
		Console.err(execution.getExitStatus().getExitDescription());
		return ExitCode.FAILED;
	}

}
