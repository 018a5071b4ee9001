package org.schoolstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

	private final Path release;

	private final Thread killOnExit;

	private PausedJar(SchoolStatsJar.Running running, Path release) {
		this.running = running;
		this.release = release;
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
		Path release = releaseFile();
		options.add("-Dschool-stats.pause-release=" + release);
		PausedJar paused = new PausedJar(SchoolStatsJar.start(workingDirectory, options, Map.of(), args), release);
		try {
			paused.running.waitFor("PAUSED at " + point, PAUSE_TIMEOUT);
		}
		catch (RuntimeException | AssertionError ex) {
			paused.close();
			throw ex;
		}
		return paused;
	}

	private static Path releaseFile() {
		try {
			Path file = Files.createTempFile("school-stats-release-", "");
			Files.delete(file); // the process goes on once it exists again
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long pid() {
		return this.running.pid();
	}

	/** Lets the paused process go on and waits for its end. */
	public SchoolStatsJar.Result release() {
		try {
			Files.createFile(this.release);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.running.await();
	}

	/** Sends the process a signal ({@code TERM}, {@code INT}) as {@code kill -TERM} does, and waits for its end. */
	public SchoolStatsJar.Result signal(String name) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new AssertionError("kill -" + name + " " + pid() + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		return this.running.await();
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
