package org.schoolstats.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.schoolstats.job.RunParameters;
import org.schoolstats.publish.Manifest;
import org.schoolstats.publish.OutputDirectory;
import org.schoolstats.reconcile.RunFigures;
import org.schoolstats.submission.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.util.FileSystemUtils;

/** Starts (or resumes) a job and turns its end into an exit code and one line for the user. */
final class Launch {

	private static final Logger log = LoggerFactory.getLogger(Launch.class);

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

	/** One line per link to a folder that the scan did not follow (contract section 1), on the console and in the log. */
	static void warnAboutSkippedLinks(Inbox inbox) {
		for (String link : inbox.skippedLinks()) {
			String warning = "Warning: " + link + " is a link to a folder, which is not followed, so the files in it "
					+ "are not read; put them in the inbox itself if they should be.";
			log.warn(warning);
			Console.out(warning);
		}
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
			Stopping.launching();
			execution = launcher.launch(batch.operator());
		}
		catch (Exception ex) {
			Path full = Failures.fullDisk(List.of(batch.stateDirectory()));
			if (full != null || Failures.isDiskFull(ex)) {
				throw new UserError(ExitCode.FAILED, Failures.diskFull(full, "as the run started")
						+ " then run the same command again.", ex);
			}
			String lost = Failures.connectionLost(ex);
			if (lost != null) {
				throw new UserError(ExitCode.FAILED, lost, ex);
			}
			throw new UserError(ExitCode.FAILED, "The run could not be started (" + Failures.describe(ex)
					+ "). The details are in " + logFile + "; check `school-stats status`.", ex);
		}
		finally {
			Stopping.ended();
			batch.progress().printTo(null);
		}
		RunMetrics.executed(execution);
		if (execution.getStatus() == BatchStatus.COMPLETED || publishedBy(execution)) {
			onCompleted.accept(execution);
			deleteWorkArea(batch, execution);
			return ExitCode.OK;
		}
		Console.err(execution.getExitStatus().getExitDescription());
		return ExitCode.FAILED;
	}

	/**
	 * A stop that came while the publication was being moved into place lets the moves finish: the execution ends
	 * stopped, but its publication is whole and is reported as published (the next run records it as completed).
	 */
	static boolean publishedBy(JobExecution execution) {
		String output = execution.getJobParameters().getString(RunParameters.OUTPUT);
		if (execution.getStatus() != BatchStatus.STOPPED || output == null) {
			return false;
		}
		try {
			Manifest manifest = new OutputDirectory(Path.of(output),
					execution.getJobParameters().getString(RunParameters.PERIOD)).manifest();
			return manifest != null && manifest.jobExecutionId() == execution.getId();
		}
		catch (RuntimeException ex) {
			return false;
		}
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
