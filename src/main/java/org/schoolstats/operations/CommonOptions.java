package org.schoolstats.operations;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options common to every command (section 4). */
public class CommonOptions {

	@Option(names = "--db", paramLabel = "JDBC_URL",
			description = "The job repository. Default: one H2 file per period under ./state/. For PostgreSQL: "
					+ "jdbc:postgresql://HOST:PORT/DB?user=U&password=P")
	String db;

	/** State (default repositories, locks, work areas, logs) lives under ./state of the working directory. */
	Path stateDirectory() {
		return Path.of("state").toAbsolutePath();
	}

	Path logFile() {
		return Path.of(LogFile.location());
	}

}
