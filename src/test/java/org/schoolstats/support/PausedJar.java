package org.schoolstats.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process of the jar held at a pause point ({@code -Dschool-stats.pause-at=POINT}, see
 * {@code org.schoolstats.operations.PausePoint}), for kill and concurrency tests (section 4). It is killed as by {@code kill -9}
 * when the test is done with it, and also if the test JVM is stopped first, so that no paused process outlives the
 * build holding locks or database sessions. It starts with {@link SchoolStatsJar#FAST_START}, as the other
 * processes of the tests.
 *
 * <pre>
 * try (PausedJar paused = PausedJar.start(work, "publish", List.of(), "run", ...)) {
 *     // the process holds at the point; assert what must hold meanwhile
 * } // killed as by kill -9
 * </pre>
 */
public final class PausedJar implements AutoCloseable {

	private static final Duration PAUSE_TIMEOUT = Duration.ofMinutes(3);

	private final SchoolStatsJar.Running running;

	private final Thread killOnExit;

	private PausedJar(SchoolStatsJar.Running running) {
		this.running = running;
		this.killOnExit = new Thread(running::kill, "kill paused school-stats " + running.pid());
		Runtime.getRuntime().addShutdownHook(this.killOnExit);
	}

	/**
	 * Starts the jar with {@link SchoolStatsJar#FAST_START}, the given JVM options and
	 * {@code -Dschool-stats.pause-at=POINT}, and returns once it prints {@code PAUSED at POINT}; fails, with the
	 * process killed, if it ends first or does not get there in time.
	 */
	public static PausedJar start(Path workingDirectory, String point, List<String> jvmOptions, String... args) {
		List<String> options = new ArrayList<>(SchoolStatsJar.FAST_START);
		options.addAll(jvmOptions);
		options.add("-Dschool-stats.pause-at=" + point);
		PausedJar paused = new PausedJar(SchoolStatsJar.start(workingDirectory, options, Map.of(), args));
		try {
			paused.running.waitFor("PAUSED at " + point, PAUSE_TIMEOUT);
		}
		catch (RuntimeException | AssertionError ex) {
			paused.close();
			throw ex;
		}
		return paused;
	}

	public long pid() {
		return this.running.pid();
	}

	public boolean isAlive() {
		return ProcessHandle.of(this.running.pid()).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Kills the process as {@code kill -9} does and waits until it is gone. */
	public void kill() {
		this.running.kill();
	}

	@Override
	public void close() {
		kill();
		try {
			Runtime.getRuntime().removeShutdownHook(this.killOnExit);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down and runs the hook anyway
		}
	}

}
