package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.schoolstats.submission.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a clean, realistic inbox of any size, for trying school-stats out and for the benchmark. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Writes a realistic clean inbox of the given size (same seed, same bytes).")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "The inbox to write; must not exist.")
	Path output;

	@Option(names = "--period", defaultValue = "2024", converter = Options.PeriodConverter.class,
			description = "Dates fall in this period (default ${DEFAULT-VALUE}).")
	Period period;

	@Option(names = "--counties", defaultValue = "5", description = "Counties (default ${DEFAULT-VALUE}).")
	int counties;

	@Option(names = "--schools", defaultValue = "10", description = "Schools per county (default ${DEFAULT-VALUE}).")
	int schools;

	@Option(names = "--teachers", defaultValue = "60", description = "Teachers per school (default ${DEFAULT-VALUE}).")
	int teachers;

	@Option(names = "--trainings", defaultValue = "3", description = "Trainings per teacher (default ${DEFAULT-VALUE}).")
	int trainings;

	@Option(names = "--inspections", defaultValue = "12",
			description = "Inspections per school (default ${DEFAULT-VALUE}).")
	int inspections;

	@Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Override
	public Integer call() throws IOException {
		if (Files.exists(this.output)) {
			throw new UserError(ExitCode.USAGE, this.output + " already exists: give a new directory to --output.");
		}
		if (this.counties < 1 || this.schools < 1 || this.teachers < 1 || this.trainings < 0 || this.inspections < 0) {
			throw new UserError(ExitCode.USAGE, "Counts must be positive (trainings and inspections may be 0).");
		}
		long rows = new InboxGenerator(this.counties, this.schools, this.teachers, this.trainings, this.inspections,
				this.period, this.seed)
			.writeTo(this.output);
		Console.out(String.format(Locale.ROOT, "Wrote %s: %,d schools in %,d counties, %,d files, %,d rows.", this.output,
				(long) this.counties * this.schools, this.counties, 3L * this.counties * this.schools, rows));
		return ExitCode.OK;
	}

}
