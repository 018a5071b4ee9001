package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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

	/**
	 * State (default repositories, locks, work areas, logs) lives under ./state of the working directory, which must
	 * be writable.
	 * @throws UserError with {@link ExitCode#USAGE} when it cannot be created or written
	 */
	Path stateDirectory() {
		Path state = Path.of("state").toAbsolutePath();
		try {
			Files.createDirectories(state);
			if (!Files.isWritable(state)) {
				throw new AccessDeniedException(state.toString());
			}
		}
		catch (IOException ex) {
			throw new UserError(ExitCode.USAGE, "school-stats keeps its state (job repositories, locks, the log) in "
					+ state + ", which cannot be " + (Files.isDirectory(state) ? "written" : "created") + " ("
					+ Failures.describeIo(ex) + "): run it from a directory it may write to, or make this one "
					+ "writable.", ex);
		}
		return state;
	}

	Path logFile() {
		return Path.of(LogFile.location());
	}

}
