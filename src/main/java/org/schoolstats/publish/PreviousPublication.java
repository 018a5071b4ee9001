package org.schoolstats.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.CsvTable;
import org.schoolstats.csv.TextFile;
import org.schoolstats.indicator.CountyIndicators;
import org.schoolstats.indicator.PreviousPeriod;
import org.schoolstats.indicator.SchoolIndicators;
import org.schoolstats.submission.Period;

/**
 * The earlier publication a run compares its figures with (section 5): by default the same period a year earlier
 * under the same output root. It must be whole: its {@code manifest.json} readable, of another period, and
 * {@code county_indicators.csv} and every file its manifest lists present with the listed SHA-256. A run checks it
 * before anything else and remembers the SHA-256 of its manifest; the step that writes the outputs reads it,
 * checking that it is still that publication.
 */
public final class PreviousPublication {

	/** The value of {@code --previous} that compares with nothing. */
	public static final String NONE = "none";

	/** A publication found whole: where it is, its period and the SHA-256 of its {@code manifest.json}. */
	public record Checked(Path directory, Period period, String manifestSha256) {
	}

	private PreviousPublication() {
	}

	/** Where the default comparison looks: the same period one year earlier, under the same output root. */
	public static Path defaultFor(Path outputRoot, Period period) {
		return outputRoot.resolve(period.yearEarlier().label());
	}

	/**
	 * @throws PreviousPublicationException naming the damaged file and saying how to go on, when the publication is
	 * not whole or is of the run's own period
	 */
	public static Checked check(Path directory, Period runPeriod) {
		return inspect(directory, runPeriod).checked();
	}

	/** A publication found whole, with the manifest that was hashed and checked. */
	private record Whole(Checked checked, Manifest manifest) {
	}

	private static Whole inspect(Path directory, Period runPeriod) {
		Path manifestFile = directory.resolve(Manifest.NAME);
		byte[] bytes;
		Manifest manifest;
		try {
			bytes = Files.readAllBytes(manifestFile);
			manifest = Manifest.read(bytes);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(directory, null, Manifest.NAME + (Files.exists(manifestFile) ? " cannot be read" : " is missing"),
					ex);
		}
		Period period;
		try {
			period = Period.parse(manifest.period());
		}
		catch (IllegalArgumentException ex) {
			throw damaged(directory, null, Manifest.NAME + " names no period", ex);
		}
		Period named = periodNamed(directory);
		if (named != null && !named.equals(period)) {
			throw damaged(directory, named, Manifest.NAME + " is of " + period + ", not of " + named
					+ " as the directory's name says", null);
		}
		if (period.equals(runPeriod)) {
			throw new PreviousPublicationException("The publication to compare with, " + directory + ", is of "
					+ period + " by its " + Manifest.NAME + ", the period of this run itself: give --previous the "
					+ "publication of another period, or --previous none.");
		}
		if (!manifest.lists(PublishedFile.COUNTY_INDICATORS.fileName())) {
			throw damaged(directory, period, Manifest.NAME + " does not list "
					+ PublishedFile.COUNTY_INDICATORS.fileName(), null);
		}
		for (Manifest.Output output : manifest.outputs()) {
			Path file = directory.resolve(output.path());
			String sha256;
			try {
				sha256 = TextFile.sha256(file);
			}
			catch (IOException ex) {
				throw damaged(directory, period, output.path() + (Files.exists(file) ? " cannot be read" : " is missing"),
						ex);
			}
			if (!sha256.equals(output.sha256())) {
				throw damaged(directory, period, output.path() + " is not the file its " + Manifest.NAME
						+ " lists (its SHA-256 differs)", null);
			}
		}
		return new Whole(new Checked(directory, period, TextFile.sha256(bytes)), manifest);
	}

	/**
	 * Reads the figures of a publication checked before, checking it again.
	 * @throws PreviousPublicationException when it is no longer whole, or no longer the publication whose manifest
	 * has this SHA-256 (it was republished since the run started)
	 */
	public static PreviousPeriod read(Path directory, Period runPeriod, String manifestSha256) {
		Whole whole = inspect(directory, runPeriod);
		Checked checked = whole.checked();
		if (!checked.manifestSha256().equals(manifestSha256)) {
			throw new PreviousPublicationException("The publication compared with, " + directory + ", was published "
					+ "again after this run started: run the same command again to compare with it as it is now.");
		}
		Map<String, Map<String, String>> counties = new LinkedHashMap<>();
		for (Map<String, String> row : rows(directory, PublishedFile.COUNTY_INDICATORS.fileName())) {
			counties.put(row.getOrDefault(CountyIndicators.HEADER.get(0), ""), row);
		}
		Map<String, PreviousPeriod.School> schools = null;
		String schoolFile = PublishedFile.SCHOOL_INDICATORS.fileName();
		if (whole.manifest().lists(schoolFile)) {
			schools = new LinkedHashMap<>();
			for (Map<String, String> row : rows(directory, schoolFile)) {
				schools.put(row.getOrDefault(SchoolIndicators.HEADER.get(0), ""),
						new PreviousPeriod.School(row.getOrDefault("county_code", ""),
								row.getOrDefault("students_total", ""), row.getOrDefault("full_time_teachers", "")));
			}
		}
		return new PreviousPeriod(checked.period(), counties, schools);
	}

	/** The data rows of a published CSV file, each by column name. */
	private static List<Map<String, String>> rows(Path directory, String name) {
		try {
			return CsvTable.rows(directory.resolve(name));
		}
		catch (IOException | CsvSyntaxException ex) {
			throw new PreviousPublicationException("The publication compared with, " + directory + ", has a " + name
					+ " that cannot be read as CSV: republish that period (run it again with --force), or run with "
					+ "--previous none.", ex);
		}
	}

	/**
	 * The period a directory's name gives, as every published period directory has ({@code OUTPUT/2023}); {@code null}
	 * for another name (a copy elsewhere), whose manifest alone says its period.
	 */
	private static Period periodNamed(Path directory) {
		Path name = directory.getFileName();
		if (name == null) {
			return null;
		}
		try {
			return Period.parse(name.toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static PreviousPublicationException damaged(Path directory, Period period, String problem,
			Throwable cause) {
		String republish = period == null ? "republish that period" : "republish " + period;
		return new PreviousPublicationException("The publication to compare with, " + directory + ", is not whole: "
				+ problem + "; to go on, " + republish + " (run it again with --force), or run with --previous none.",
				cause);
	}

}
