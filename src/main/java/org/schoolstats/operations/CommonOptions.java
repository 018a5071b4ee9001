package org.schoolstats.operations;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options common to every command (section 4). */
public class CommonOptions {

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "The job repository. Default: one H2 file per period under ./state/. For PostgreSQL: "
					+ "jdbc:postgresql://HOST:PORT/DB?user=U&password=P")
	String db;

	// Acted on by LogFormat.choose before picocli parses (logging is set up before the first logger exists); picocli
	// only checks the value and lists the option in --help.
	@Option(names = LogFormat.OPTION, paramLabel = "text|json", converter = Options.LogFormatConverter.class,
			description = "How the log file is written: text (default) or json, one JSON object per line for a log "
					+ "store. Default: the system property " + LogFormat.PROPERTY + ", else the environment variable "
					+ LogFormat.ENVIRONMENT + ".")
	String logFormat;

	/** State (default repositories, locks, work areas, logs) lives under ./state of the working directory. */
	Path stateDirectory() {
		return Path.of("state").toAbsolutePath();
	}

	Path logFile() {
		return Path.of(LogFile.location());
	}

}
