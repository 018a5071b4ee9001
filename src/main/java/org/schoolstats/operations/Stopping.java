package org.schoolstats.operations;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

import sun.misc.Signal;

/**
 * What SIGTERM (systemd, {@code kill}), SIGINT (Ctrl-C) and SIGHUP do to a command: while a job runs, they stop it
 * the Spring Batch way ({@link JobOperator#stop}): the execution ends STOPPED at the next commit or step boundary,
 * nothing new is published, the command says so in one sentence and exits with 1, and the same command resumes it.
 * Before the job starts they end the command at once (nothing has been recorded yet); once it has ended they are
 * ignored, so that a finished run is reported as it finished. A second signal ends the command at once. The JVM's
 * own handling (running shutdown hooks while the job still works) would close Spring and the database under it.
 */
final class Stopping {

	private static final Logger log = LoggerFactory.getLogger(Stopping.class);

	private enum Phase {
		BEFORE, RUNNING, AFTER
	}

	private static volatile Phase phase = Phase.BEFORE;

	/** The signal that asked to stop ({@code SIGTERM}), or {@code null}. */
	private static volatile String requested;

	private static volatile JobOperator operator;

	private static volatile JobExecution running;

	private Stopping() {
	}

	/** Takes over SIGTERM, SIGINT and SIGHUP for this process. */
	static void install() {
		for (String name : List.of("TERM", "INT", "HUP")) {
			try {
				Signal.handle(new Signal(name), Stopping::handle);
			}
			catch (IllegalArgumentException ex) {
				// not a signal of this platform
			}
		}
	}

	/** The job is about to be launched with this operator: a signal from now on stops it. */
	static void launching(JobOperator jobOperator) {
		operator = jobOperator;
		phase = Phase.RUNNING;
	}

	/** The job has started this execution (called by the job's listener on the job's thread). */
	static void started(JobExecution execution) {
		running = execution;
		if (requested != null && operator != null) {
			stop(execution);
		}
	}

	/** The job has ended: a signal from now on is not for it. */
	static void ended() {
		phase = Phase.AFTER;
		running = null;
	}

	/** The signal that asked the run to stop, or {@code null} when none did. */
	static String requested() {
		return requested;
	}

	/** The sentence for a run that a signal stopped. */
	static String sentence(String signal) {
		return "Stopped by " + signal + "; nothing new was published: run the same command to resume.";
	}

	private static void handle(Signal signal) {
		String name = "SIG" + signal.getName();
		if (requested != null) {
			Console.err("Stopped at once by a second " + name + ": run the same command to resume.");
			Runtime.getRuntime().halt(ExitCode.FAILED);
		}
		switch (phase) {
			case BEFORE -> stopNow(name);
			case RUNNING -> {
				requested = name;
				log.warn("{} received: stopping the run at the next commit or step", name);
				JobExecution execution = running;
				if (execution != null) {
					stop(execution);
				}
			}
			case AFTER -> log.warn("{} received after the run ended: ignored", name);
		}
	}

	/** Nothing is running yet: nothing to record, so the process ends here, as a kill would end it. */
	private static void stopNow(String name) {
		log.warn("{} received before the run started: ending", name);
		Console.err("Stopped by " + name + " before the run started; nothing was done: run the same command to start it.");
		Runtime.getRuntime().halt(ExitCode.FAILED);
	}

	private static void stop(JobExecution execution) {
		try {
			operator.stop(execution);
		}
		catch (Exception ex) { // not running any more: it ends on its own
			log.info("Stopping execution {}: {}", execution.getId(), ex.toString());
		}
	}

}
