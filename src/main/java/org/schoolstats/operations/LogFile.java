package org.schoolstats.operations;

/**
 * Where the log goes, for the messages that point to it: {@code LOG_FILE} as a system property or in the
 * environment, else {@code state/logs/school-stats.log}, as {@code logback.xml} decides it too.
 */
final class LogFile {

	private static final String DEFAULT = "state/logs/school-stats.log";

	private LogFile() {
	}

	static String location() {
		String file = System.getProperty("LOG_FILE");
		if (file == null || file.isBlank()) {
			file = System.getenv("LOG_FILE");
		}
		return file == null || file.isBlank() ? DEFAULT : file;
	}

}
