package org.schoolstats.operations;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line of section 4. Usage errors end with exit code 2 and a sentence naming the problem; every other
 * failure ends with the code of {@link ExitCode} and one plain sentence, the full trace going to the log file.
 */
@Command(name = "school-stats", mixinStandardHelpOptions = true, versionProvider = SchoolStatsCommand.Version.class,
		description = "Checks the returns of a county education bureau's schools against its registry and "
				+ "publishes county indicator tables, summaries, findings, school status and rejects.",
		subcommands = { RunCommand.class, ValidateCommand.class, StatusCommand.class, RestartCommand.class,
				GenerateCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:completed, or the outputs were up to date", "1:the run failed (the message says why)",
				"2:usage or configuration error", "3:refused: another process is running that period" })
public class SchoolStatsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Missing command: give run, validate, status or restart.");
	}

	/** Runs the command line and returns the exit code. */
	public static int execute(String... args) {
		// Before any class that has a logger is loaded: the log format is chosen as logging starts.
		LogFormat.choose(args);
		Stopping.install();
		// logback.xml already sends everything to the log file; Boot setting logging up again would only cost time.
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		// Nor does the run need Boot warming up libraries it does not use, on a thread that competes with the scan.
		System.setProperty("spring.backgroundpreinitializer.ignore", "true");
		CommandLine commandLine = new CommandLine(new SchoolStatsCommand());
		commandLine.setOut(new PrintWriter(Console.stdout(), true));
		commandLine.setErr(new PrintWriter(Console.stderr(), true));
		commandLine.setParameterExceptionHandler(SchoolStatsCommand::usageError);
		if (!asksForHelp(args)) {
			// Before the arguments are read: under a locale that is not UTF-8 a Chinese path is already mangled.
			try {
				Utf8Locale.require();
				LogFormat.require();
			}
			catch (UserError ex) {
				Console.err(ex.getMessage());
				return ex.exitCode();
			}
		}
		commandLine.setExitCodeExceptionMapper((ex) -> ex instanceof UserError userError ? userError.exitCode()
				: ExitCode.FAILED);
		commandLine.setExecutionExceptionHandler((ex, cl, parsed) -> failure(ex, cl));
		int exitCode = commandLine.execute(args);
		RunMetrics.end(exitCode);
		LogContext.clear();
		return exitCode;
	}

	/** Help and the version need no locale: they name no file. */
	private static boolean asksForHelp(String[] args) {
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h") || arg.equals("help") || arg.equals("--version")
					|| arg.equals("-V")) {
				return true;
			}
		}
		return args.length == 0;
	}

	private static int usageError(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		String name = command.getCommandSpec().qualifiedName();
		Console.err(ex.getMessage() + (ex.getMessage().endsWith(".") ? "" : ".") + " See `" + name + " --help`.");
		return ExitCode.USAGE;
	}

	private static int failure(Exception ex, CommandLine commandLine) {
		String sentence = Failures.plain(ex);
		if (sentence != null) {
			log().warn(sentence, ex);
			Console.err(sentence);
			return commandLine.getExitCodeExceptionMapper().getExitCode(ex);
		}
		log().error("school-stats failed", ex);
		Console.err("school-stats failed unexpectedly (" + Failures.describeCause(ex)
				+ "). The details are in " + LogFile.location() + "; once the cause is fixed, run the same command "
				+ "again.");
		return ExitCode.FAILED;
	}

	/** Made when first needed: logging is set up only once {@link LogFormat} has chosen the format. */
	private static Logger log() {
		return LoggerFactory.getLogger(SchoolStatsCommand.class);
	}

	/** The version from the jar's manifest. */
	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = SchoolStatsCommand.class.getPackage().getImplementationVersion();
			return new String[] { "school-stats " + (version == null ? "(development)" : version) };
		}

	}

}
