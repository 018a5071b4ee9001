package org.schoolstats.operations;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java reads file names in the encoding of the system locale, fixed when the JVM starts. Under {@code LANG=C}
 * (what cron gives by default) it cannot open {@code 汝南县/4117270003.csv} at all. When the locale is not UTF-8,
 * school-stats therefore runs itself again with {@code LC_ALL=C.UTF-8} and passes on its exit code; the second
 * process stops at once if the first one is killed, so that {@code kill -9} keeps its meaning.
 */
final class Utf8Locale {

	private static final String RELAUNCHED = "SCHOOL_STATS_RELAUNCHED";

	private Utf8Locale() {
	}

	/** Whether this process must run itself again under a UTF-8 locale. */
	static boolean needsRelaunch() {
		return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))
				&& System.getenv(RELAUNCHED) == null && jar() != null
				&& !System.getProperty("os.name", "").startsWith("Windows");
	}

	/** Runs this command again under {@code LC_ALL=C.UTF-8} and returns its exit code. */
	static int relaunch(String[] args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.add("-jar");
		command.add(jar());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		builder.environment().put("LC_ALL", "C.UTF-8");
		builder.environment().put(RELAUNCHED, "1");
		try {
			Process child = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				if (child.isAlive()) {
					child.destroy();
					try {
						child.waitFor();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			}));
			return child.waitFor();
		}
		catch (Exception ex) {
			Console.err("school-stats could not restart itself under a UTF-8 locale (" + ex.getMessage()
					+ "): set LANG=C.UTF-8 in the environment and run again.");
			return ExitCode.FAILED;
		}
	}

	/** In the relaunched process: stop as soon as the process that started it is gone. */
	static void followParent() {
		if (System.getenv(RELAUNCHED) == null) {
			return;
		}
		ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
		if (parent == null) {
			return;
		}
		Thread watchdog = new Thread(() -> {
			while (parent.isAlive()) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			Runtime.getRuntime().halt(ExitCode.FAILED);
		}, "parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	private static String jar() {
		String classPath = System.getProperty("java.class.path", "");
		String command = System.getProperty("sun.java.command", "");
		return classPath.endsWith(".jar") && command.startsWith(classPath) ? classPath : null;
	}

}
