package org.schoolstats.operations;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.schoolstats.submission.Period;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Conversions and checks of command-line values; a bad value is a usage error (exit 2). */
final class Options {

	private Options() {
	}

	/** {@code YYYY}, {@code YYYY-H1} or {@code YYYY-H2}. */
	static final class PeriodConverter implements ITypeConverter<Period> {

		@Override
		public Period convert(String value) {
			try {
				return Period.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

	/** A number from 0 to 100, decimals allowed. */
	static final class PercentConverter implements ITypeConverter<BigDecimal> {

		@Override
		public BigDecimal convert(String value) {
			if (!value.matches("[0-9]{1,3}(\\.[0-9]+)?")) {
				throw new TypeConversionException("\"" + value + "\" is not a number from 0 to 100 (for example 10 or 2.5)");
			}
			BigDecimal percent = new BigDecimal(value);
			if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new TypeConversionException("\"" + value + "\" is more than 100");
			}
			return percent;
		}

	}

	/** {@code text} or {@code json}, in any case. */
	static final class LogFormatConverter implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			String format = value.strip().toLowerCase(Locale.ROOT);
			if (!LogFormat.isFormat(format)) {
				throw new TypeConversionException("\"" + value + "\" is not a log format (give text or json)");
			}
			return format;
		}

	}

	static Path inputDirectory(Path input) {
		if (!Files.isDirectory(input)) {
			throw new UserError(ExitCode.USAGE, "The input directory " + input
					+ " does not exist or is not a directory: check --input.");
		}
		return input.toAbsolutePath().normalize();
	}

	static Path outputDirectory(Path output) {
		if (Files.exists(output) && !Files.isDirectory(output)) {
			throw new UserError(ExitCode.USAGE, "The output " + output + " is a file, not a directory: check --output.");
		}
		try {
			Files.createDirectories(output);
		}
		catch (java.io.IOException ex) {
			throw new UserError(ExitCode.USAGE, "The output directory " + output + " cannot be created ("
					+ ex.getMessage() + "): check --output and its permissions.", ex);
		}
		return output.toAbsolutePath().normalize();
	}

}
