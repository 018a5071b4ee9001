package org.schoolstats.operations;

import java.nio.file.Path;

import org.schoolstats.job.RunParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records with each execution which process runs it (so that an execution left "started" by a dead process can be
 * recognised) and, when it ends, the message {@code status} shows: where it published, or the one plain sentence
 * saying why it failed.
 */
public class RunRecordListener implements JobExecutionListener {

	public static final String OWNER = "owner";

	private final Path logFile;

	private final Path stateDirectory;

	public RunRecordListener(Path logFile, Path stateDirectory) {
		this.logFile = logFile;
		this.stateDirectory = stateDirectory;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(OWNER, Owner.current().toString());
		String period = jobExecution.getJobParameters().getString(RunParameters.PERIOD);
		if (period != null) {
			PeriodLock.noteExecution(period, jobExecution.getId());
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED || Launch.publishedBy(jobExecution)) {
			String output = jobExecution.getJobParameters().getString(RunParameters.OUTPUT);
			String period = jobExecution.getJobParameters().getString(RunParameters.PERIOD);
			String message = output == null ? "checked, nothing published"
					: "published " + Path.of(output).resolve(period);
			jobExecution.setExitStatus(jobExecution.getExitStatus().addExitDescription(message));
		}
		else if (jobExecution.getStatus() == BatchStatus.STOPPED) {
			String signal = Stopping.requested();
			jobExecution.setExitStatus(new ExitStatus(ExitStatus.STOPPED.getExitCode(), signal != null
					? Stopping.sentence(signal) : "Stopped before it ended; nothing new was published: run the same "
							+ "command to resume."));
		}
		else if (jobExecution.getStatus() == BatchStatus.FAILED) {
			String output = jobExecution.getJobParameters().getString(RunParameters.OUTPUT);
			String sentence = Failures.sentence(jobExecution.getAllFailureExceptions(), this.logFile,
					java.util.Arrays.asList(this.stateDirectory, output == null ? null : Path.of(output)));
			jobExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), sentence));
		}
	}

}
