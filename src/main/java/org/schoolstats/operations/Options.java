package org.schoolstats.operations;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.schoolstats.submission.Category;
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

	/** The longest path a run accepts: the job repository keeps paths in columns of 2,500 characters. */
	static final int LONGEST_PATH = 2000;

	/** @throws UserError with {@link ExitCode#USAGE} when the path is longer than the job repository can keep */
	static Path shortEnough(Path path, String option) {
		int length = path.toString().length();
		if (length > LONGEST_PATH) {
			throw new UserError(ExitCode.USAGE, "The path given to " + option + " is " + length + " characters long, "
					+ "more than the " + LONGEST_PATH + " school-stats can keep in its job repository: give a shorter "
					+ "path (a link to the folder will do).");
		}
		return path;
	}

	/**
	 * The inbox and the publication must stay apart: a publication inside a category folder would be read back as
	 * returns by the next run, and an inbox inside a publication (or its staging directory) is replaced with it.
	 * @throws UserError with {@link ExitCode#USAGE} when they do not
	 */
	static void keepApart(Path input, Path outputRoot, String period) {
		Path realInput = real(input);
		Path realOutput = real(outputRoot);
		for (Category submitted : Category.values()) {
			Path category = real(input.resolve(submitted.folder()));
			if (realOutput.startsWith(category)) {
				throw new UserError(ExitCode.USAGE, "The output " + outputRoot + " lies inside the inbox's category "
						+ "folder " + category + ", so the next run would read its own publication as returns: "
						+ "publish outside the inbox's category folders (check --output).");
			}
		}
		if (realInput.startsWith(realOutput.resolve(period)) || insideHiddenDirectoryOf(realInput, realOutput, period)) {
			throw new UserError(ExitCode.USAGE, "The input " + input + " lies inside the publication of " + period
					+ " under " + outputRoot + " (or its staging directory), which a run replaces as a whole: keep "
					+ "the inbox outside it (check --input and --output).");
		}
	}

	/** Whether the path lies in one of the period's directories on the way to publishing ({@code .2024.staging-…}). */
	private static boolean insideHiddenDirectoryOf(Path input, Path outputRoot, String period) {
		if (!input.startsWith(outputRoot) || input.equals(outputRoot)) {
			return false;
		}
		String first = outputRoot.relativize(input).getName(0).toString();
		return first.startsWith("." + period + ".");
	}

	/** The path with links resolved as far as it exists, so that two spellings of one folder compare equal. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return absolute.toRealPath();
		}
		catch (java.io.IOException ex) {
			return absolute;
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

	/**
	 * The output root, created if need be; {@code OUTPUT/<period>} must be a directory or nothing, since a run
	 * replaces it as a whole.
	 */
	static Path outputDirectory(Path output, String period) {
		Path published = output.resolve(period);
		if (Files.exists(published, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(published)) {
			throw new UserError(ExitCode.USAGE, published + " is a file, not a published period: a run replaces it as a "
					+ "whole, so move the file away, then run again.");
		}
		return outputDirectory(output);
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
