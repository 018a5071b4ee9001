package org.schoolstats.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.csv.TextFile;
import org.schoolstats.indicator.PreviousPeriod;
import org.schoolstats.submission.Period;

/**
 * Contract section 5: a compared publication must be whole (its manifest readable and of another period, every
 * listed file present with its SHA-256); one made before school_indicators.csv existed is compared by county only.
 */
class PreviousPublicationTest {

	private static final Period RUN = Period.parse("2024");

	private static final String COUNTIES = "county_code,county_name,students_total\nC1,North,8259\nC2,South,100\n";

	private static final String SCHOOLS = "school_code,county_code,students_total,full_time_teachers\nS1,C1,1200,40\n";

	@TempDir
	Path temp;

	/** A publication of 2023 as an earlier build wrote it: no previous key, optionally no school_indicators.csv. */
	private Path publication(String period, boolean withSchools) throws IOException {
		Path directory = this.temp.resolve(period);
		Files.createDirectories(directory);
		write(directory.resolve("county_indicators.csv"), COUNTIES);
		StringBuilder outputs = new StringBuilder(output("county_indicators.csv", directory, 2));
		if (withSchools) {
			write(directory.resolve("school_indicators.csv"), SCHOOLS);
			outputs.append(",\n").append(output("school_indicators.csv", directory, 1));
		}
		write(directory.resolve("manifest.json"), "{\n  \"period\": \"" + period + "\",\n  \"job_execution_id\": 7,\n"
				+ "  \"completed_at\": \"2024-01-01T00:00:00Z\",\n  \"inputs\": [],\n  \"categories\": {},\n"
				+ "  \"outputs\": [\n" + outputs + "\n  ]\n}\n");
		return directory;
	}

	private static String output(String name, Path directory, int rows) throws IOException {
		return "    {\"path\": \"" + name + "\", \"sha256\": \"" + TextFile.sha256(directory.resolve(name))
				+ "\", \"rows\": " + rows + "}";
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	@Test
	void aWholePublicationIsCheckedAndItsManifestHashed() throws IOException {
		Path directory = publication("2023", true);

		PreviousPublication.Checked checked = PreviousPublication.check(directory, RUN);

		assertThat(checked.period()).isEqualTo(Period.parse("2023"));
		assertThat(checked.manifestSha256()).isEqualTo(TextFile.sha256(directory.resolve("manifest.json")));
		PreviousPeriod figures = PreviousPublication.read(directory, RUN, checked.manifestSha256());
		assertThat(figures.cell("C1", "students_total")).isEqualTo("8259");
		assertThat(figures.cell("C9", "students_total")).isEmpty();
		assertThat(figures.schools()).containsEntry("S1", new PreviousPeriod.School("C1", "1200", "40"));
	}

	@Test
	void aPublicationWithoutSchoolIndicatorsIsComparedByCountyOnly() throws IOException {
		Path directory = publication("2023", false);

		PreviousPeriod figures = PreviousPublication.read(directory, RUN,
				PreviousPublication.check(directory, RUN).manifestSha256());

		assertThat(figures.hasSchools()).isFalse();
		assertThat(figures.hasCounty("C2")).isTrue();
	}

	@Test
	void aChangedByteIsADamagedPublicationNamingTheFile() throws IOException {
		Path directory = publication("2023", true);
		write(directory.resolve("county_indicators.csv"), COUNTIES.replace("8259", "8258"));

		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("county_indicators.csv is not the file its manifest.json lists")
			.withMessageContaining("republish 2023")
			.withMessageContaining("--previous none");
	}

	@Test
	void aMissingListedFileIsADamagedPublication() throws IOException {
		Path directory = publication("2023", true);
		Files.delete(directory.resolve("school_indicators.csv"));

		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("school_indicators.csv is missing");
	}

	@Test
	void aMissingOrUnreadableManifestIsADamagedPublication() throws IOException {
		Path directory = publication("2023", true);
		write(directory.resolve("manifest.json"), "{ not json");
		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("manifest.json cannot be read");

		Files.delete(directory.resolve("manifest.json"));
		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("manifest.json is missing");
	}

	@Test
	void aPublicationOfTheRunsOwnPeriodIsRefused() throws IOException {
		Path directory = publication("2024", true);

		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("is of 2024 by its manifest.json, the period of this run itself")
			.withMessageContaining("--previous none");
	}

	@Test
	void aManifestOfAnotherPeriodThanItsDirectorysNameIsADamagedPublication() throws IOException {
		Path directory = publication("2023", true);
		write(directory.resolve("manifest.json"),
				Files.readString(directory.resolve("manifest.json")).replace("\"period\": \"2023\"", "\"period\": \"2022\""));

		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.check(directory, RUN))
			.withMessageContaining("manifest.json is of 2022, not of 2023 as the directory's name says")
			.withMessageContaining("republish 2023")
			.withMessageContaining("--previous none");
	}

	@Test
	void aCopyWhoseDirectoryNameIsNoPeriodIsTakenByItsManifest() throws IOException {
		Path copy = this.temp.resolve("kept-for-the-audit");
		Files.move(publication("2023", true), copy);

		assertThat(PreviousPublication.check(copy, RUN).period()).isEqualTo(Period.parse("2023"));
	}

	@Test
	void aPublicationRepublishedSinceTheRunStartedIsNotReadAsTheOldOne() throws IOException {
		Path directory = publication("2023", true);
		String before = PreviousPublication.check(directory, RUN).manifestSha256();
		write(directory.resolve("manifest.json"),
				Files.readString(directory.resolve("manifest.json")).replace("\"job_execution_id\": 7", "\"job_execution_id\": 8"));

		assertThatExceptionOfType(PreviousPublicationException.class)
			.isThrownBy(() -> PreviousPublication.read(directory, RUN, before))
			.withMessageContaining("was published again after this run started");
	}

	@Test
	void theDefaultIsTheSamePeriodAYearEarlierUnderTheSameRoot() {
		Path root = this.temp.resolve("out");
		assertThat(PreviousPublication.defaultFor(root, Period.parse("2024"))).isEqualTo(root.resolve("2023"));
		assertThat(PreviousPublication.defaultFor(root, Period.parse("2024-H1"))).isEqualTo(root.resolve("2023-H1"));
		assertThat(PreviousPublication.defaultFor(root, Period.parse("2024-H2"))).isEqualTo(root.resolve("2023-H2"));
	}

}
