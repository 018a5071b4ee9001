package org.schoolstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar as a separate process, as a scheduler or an administrator would:
 * {@code java [jvm options] -jar target/school-stats.jar ARGS} in a working directory of the test's choosing (the
 * default job repository lives in its {@code ./state/}).
 */
public final class SchoolStatsJar {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	/**
	 * JVM options for the many short processes of the tests: only start-up gets faster (no optimising compiler);
	 * what the jar does is the same.
	 */
	public static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1");

	private SchoolStatsJar() {
	}

	public static Path jar() {
		return Path.of(System.getProperty("schoolstats.jar", "target/school-stats.jar")).toAbsolutePath();
	}

	/** How a finished process ended. */
	public record Result(int exitCode, String stdout, String stderr) {

		public String output() {
			return this.stdout + this.stderr;
		}

	}

	/** Runs the jar to its end. */
	public static Result run(Path workingDirectory, String... args) {
		return start(workingDirectory, List.of(), Map.of(), args).await();
	}

	/** Runs the jar to its end with JVM options (e.g. {@code -Dschool-stats.chunk-size=5}) and environment. */
	public static Result run(Path workingDirectory, List<String> jvmOptions, Map<String, String> environment,
			String... args) {
		return start(workingDirectory, jvmOptions, environment, args).await();
	}

	/**
	 * Runs the jar to its end with only the given environment, as {@code env -i} does (cron's environment has no
	 * {@code LANG}): the locale is then {@code C}.
	 */
	public static Result runInBareEnvironment(Path workingDirectory, Map<String, String> environment, String... args) {
		return start(workingDirectory, FAST_START, environment, true, args).await();
	}

	/** Starts the jar and returns at once. */
	public static Running start(Path workingDirectory, List<String> jvmOptions, Map<String, String> environment,
			String... args) {
		return start(workingDirectory, jvmOptions, environment, false, args);
	}

	private static Running start(Path workingDirectory, List<String> jvmOptions, Map<String, String> environment,
			boolean bare, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar().toString());
		command.addAll(List.of(args));
		try {
			Files.createDirectories(workingDirectory);
			// Outside the working directory, so that the process sees only what the test put there.
			Path stdout = Files.createTempFile("school-stats-stdout-", ".txt");
			Path stderr = Files.createTempFile("school-stats-stderr-", ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			if (bare) {
				builder.environment().clear();
			}
			builder.environment().putAll(environment);
			return new Running(builder.start(), stdout, stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A process of the jar that may still be running. */
	public static final class Running {

		private final Process process;

		private final Path stdout;

		private final Path stderr;

		Running(Process process, Path stdout, Path stderr) {
			this.process = process;
			this.stdout = stdout;
			this.stderr = stderr;
		}

		public long pid() {
			return this.process.pid();
		}

		/** Waits until the process prints a line containing the text (e.g. {@code PAUSED at publish}). */
		public void waitFor(String text, Duration timeout) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				if (read(this.stdout).contains(text)) {
					return;
				}
				if (!this.process.isAlive()) {
					throw new AssertionError("The process ended before printing \"" + text + "\": " + read(this.stdout)
							+ read(this.stderr));
				}
				sleep(50);
			}
			throw new AssertionError("No \"" + text + "\" after " + timeout + ": " + read(this.stdout));
		}

		/** Kills the process as {@code kill -9} does, and waits until it is gone. */
		public void kill() {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		public Result await() {
			try {
				if (!this.process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly();
					throw new AssertionError("The process did not end within " + TIMEOUT + ": " + read(this.stdout));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			return new Result(this.process.exitValue(), read(this.stdout), read(this.stderr));
		}

		private static String read(Path file) {
			try {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
