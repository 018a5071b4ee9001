package org.schoolstats.operations;

import java.util.Map;
import java.util.function.Supplier;

import org.schoolstats.job.RunParameters;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.task.TaskDecorator;

/**
 * Puts the period and the execution id on every log line (SLF4J's MDC, keys {@code period} and
 * {@code execution_id}), so that a log store can tell the runs apart. A command puts the period as soon as it knows
 * it; the job puts both when its execution starts; the read workers, threads of their own, get the values of the
 * thread that starts them; the command line removes both when the command ends. They stay after the job ends so
 * that Spring Batch's line saying how it ended carries them too. Lines logged before the execution exists (starting
 * Spring, Spring Batch's line saying the job is launched) carry the period only.
 */
public class LogContext implements JobExecutionListener, TaskDecorator {

	static final String PERIOD = "period";

	static final String EXECUTION_ID = "execution_id";

	/** The period of the command's run. */
	static void period(String period) {
		if (period != null) {
			MDC.put(PERIOD, period);
		}
	}

	/** The end of a command. */
	static void clear() {
		MDC.remove(PERIOD);
		MDC.remove(EXECUTION_ID);
	}

	/** A task for another thread that logs with this thread's period and execution id. */
	static <T> Supplier<T> carried(Supplier<T> task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> before = MDC.getCopyOfContextMap();
			set(context);
			try {
				return task.get();
			}
			finally {
				set(before);
			}
		};
	}

	private static void set(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		period(jobExecution.getJobParameters().getString(RunParameters.PERIOD));
		MDC.put(EXECUTION_ID, String.valueOf(jobExecution.getId()));
	}

	/** The read workers of a partitioned step: each logs with the period and execution id of the step. */
	@Override
	public Runnable decorate(Runnable runnable) {
		Supplier<Void> task = carried(() -> {
			runnable.run();
			return null;
		});
		return task::get;
	}

}
