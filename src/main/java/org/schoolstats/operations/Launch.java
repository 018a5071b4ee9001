package org.schoolstats.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.schoolstats.job.RunParameters;
import org.schoolstats.reconcile.RunFigures;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.util.FileSystemUtils;

/** Starts (or resumes) a job and turns its end into an exit code and one line for the user. */
final class Launch {

	private Launch() {
	}

	/** The line for a completed run: where it published and what it read. */
	static void printPublished(JobExecution execution) {
		RunFigures figures = RunFigures.of(execution.getExecutionContext());
		Path published = Path.of(execution.getJobParameters().getString(RunParameters.OUTPUT))
			.resolve(execution.getJobParameters().getString(RunParameters.PERIOD));
		Console.out(String.format(Locale.ROOT,
				"Published %s (execution %d): %,d rows read, %,d accepted, %,d rejected, in %.1f s.", published,
				execution.getId(), figures.read(), figures.accepted(), figures.rejected(), elapsedSeconds()));
	}

	/** Since the process started, as the person at the console counts it. */
	static double elapsedSeconds() {
		return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
	}

	/** How a command launches its execution: a start, a resumption or a restart of a given execution. */
	interface Launcher {

		JobExecution launch(JobOperator operator) throws Exception;

	}

	static int run(BatchContext batch, Launcher launcher, Path logFile, Consumer<JobExecution> onCompleted) {
		batch.progress().printTo(Console.stdout());
		JobExecution execution;
		try {
			execution = launcher.launch(batch.operator());
		}
		catch (Exception ex) {
			throw new UserError(ExitCode.FAILED, "The run could not be started (" + Failures.describe(ex)
					+ "). The details are in " + logFile + "; check `school-stats status`.", ex);
		}
		finally {
			batch.progress().printTo(null);
		}
		RunMetrics.executed(execution);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			onCompleted.accept(execution);
			deleteWorkArea(batch, execution);
			return ExitCode.OK;
		}
		Console.err(execution.getExitStatus().getExitDescription());
		return ExitCode.FAILED;
	}

	/** A completed execution's work area is no longer needed: nothing will resume it. */
	private static void deleteWorkArea(BatchContext batch, JobExecution execution) {
		Path area = batch.workAreas()
			.of(execution.getJobParameters().getString(RunParameters.PERIOD), execution.getJobInstanceId())
			.root();
		try {
			FileSystemUtils.deleteRecursively(area);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + area, ex);
		}
	}

}
