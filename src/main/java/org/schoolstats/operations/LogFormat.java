package org.schoolstats.operations;

import java.util.Locale;

/**
 * How the log file is written: {@code text} (the default, for people) or {@code json} (one JSON object per line,
 * for a log store). Chosen by {@code --log-format}, else the system property {@code school-stats.log-format}, else
 * the environment variable {@code SCHOOL_STATS_LOG_FORMAT}. {@code logback.xml} includes the file appender of the
 * format named by the system property, so the choice is made before the first logger is created: before picocli
 * parses the command line, which already creates the commands' loggers.
 */
final class LogFormat {

	static final String PROPERTY = "school-stats.log-format";

	static final String ENVIRONMENT = "SCHOOL_STATS_LOG_FORMAT";

	static final String OPTION = "--log-format";

	private static String rejected;

	private LogFormat() {
	}

	/** Sets the system property {@code logback.xml} reads; call before anything logs. */
	static void choose(String[] args) {
		String value = null;
		for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
			if (args[i].equals(OPTION) && i + 1 < args.length) {
				value = args[i + 1];
			}
			else if (args[i].startsWith(OPTION + "=")) {
				value = args[i].substring(OPTION.length() + 1);
			}
		}
		// An invalid option is picocli's to report; an invalid property or variable is reported by require().
		String source = null;
		if (value == null) {
			value = System.getProperty(PROPERTY);
			source = "The system property " + PROPERTY;
			if (value == null || value.isBlank()) {
				value = System.getenv(ENVIRONMENT);
				source = "The environment variable " + ENVIRONMENT;
			}
		}
		String format = value == null || value.isBlank() ? "text" : value.strip().toLowerCase(Locale.ROOT);
		if (!isFormat(format)) {
			rejected = source == null ? null : source + " is \"" + value + "\", which is no log format: set it to "
					+ "text or json, or remove it.";
			format = "text";
		}
		System.setProperty(PROPERTY, format);
	}

	static boolean isFormat(String format) {
		return format.equals("text") || format.equals("json");
	}

	/** @throws UserError for a property or variable naming no format */
	static void require() {
		if (rejected != null) {
			throw new UserError(ExitCode.USAGE, rejected);
		}
	}

}
