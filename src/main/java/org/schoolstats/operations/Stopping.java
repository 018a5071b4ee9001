package org.schoolstats.operations;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import sun.misc.Signal;

/**
 * What SIGTERM (systemd, {@code kill}), SIGINT (Ctrl-C) and SIGHUP do to a command: while a job runs, they stop it the
 * Spring Batch way, by marking its running steps "terminate only", as a {@code StoppableStep} is stopped: a read
 * step ends STOPPED at its next commit, a tasklet step at its end (the publish step does not begin to publish), the
 * job ends STOPPED, nothing new is published, the command says so in one sentence and exits with 1, and the same
 * command resumes it. Nothing is written to the job repository from the signal's thread: the steps record their own
 * end (Spring Batch 6.0's {@code JobOperator.stop} updates the running steps' executions from the calling thread,
 * which races with the steps' own updates and fails them with "wrong version"). Before the job starts a signal ends
 * the command at once (nothing has been recorded); once it has ended a signal is ignored, so that a finished run is
 * reported as it finished. A second signal ends the command at once. The JVM's own handling (running shutdown hooks
 * while the job still works) would close Spring and the database under it.
 */
final class Stopping implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(Stopping.class);

	private enum Phase {
		BEFORE, RUNNING, AFTER
	}

	private static volatile Phase phase = Phase.BEFORE;

	/** The signal that asked to stop ({@code SIGTERM}), or {@code null}. */
	private static volatile String requested;

	/** The step executions running now, on any thread (the read workers' included). */
	private static final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

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

	/** The job is about to be launched: a signal from now on stops it. */
	static void launching() {
		phase = Phase.RUNNING;
	}

	/** The job has ended: a signal from now on is not for it. */
	static void ended() {
		phase = Phase.AFTER;
		running.clear();
	}

	/** The signal that asked the run to stop, or {@code null} when none did. */
	static String requested() {
		return requested;
	}

	/** The sentence for a run that a signal stopped. */
	static String sentence(String signal) {
		return "Stopped by " + signal + "; nothing new was published: run the same command to resume.";
	}

	@Override
	public void beforeStep(StepExecution step) {
		running.add(step);
		if (requested != null) {
			step.setTerminateOnly();
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		running.remove(step);
		return null;
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
				running.forEach(StepExecution::setTerminateOnly);
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

}
