package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Published;

/** Issue 6: the generator writes a realistic inbox of any size, one file per school per category; same seed, same bytes. */
class InboxGeneratorTest {

	@TempDir
	Path temp;

	private Path generate(String name, int counties, int schools, int teachers, int trainings, int inspections,
			long seed) throws IOException {
		Path inbox = this.temp.resolve(name);
		new InboxGenerator(counties, schools, teachers, trainings, inspections, Period.parse("2024"), seed)
			.writeTo(inbox);
		return inbox;
	}

	@Test
	void sameSettingsAndSeedWriteTheSameBytes() throws IOException {
		Map<String, String> first = Published.snapshot(generate("a", 4, 3, 5, 2, 3, 42));
		Map<String, String> second = Published.snapshot(generate("b", 4, 3, 5, 2, 3, 42));

		assertThat(second).as("every file, by SHA-256").isEqualTo(first);
	}

	@Test
	void anotherSeedWritesOtherValues() throws IOException {
		Map<String, String> first = Published.snapshot(generate("a", 2, 2, 5, 2, 3, 1));
		Map<String, String> second = Published.snapshot(generate("b", 2, 2, 5, 2, 3, 2));

		assertThat(second.keySet()).isEqualTo(first.keySet());
		assertThat(first.keySet().stream().filter((path) -> !first.get(path).equals(second.get(path))))
			.as("files whose bytes differ")
			.isNotEmpty();
	}

	@Test
	void oneFilePerSchoolPerCategoryEveryThirdCountyInASubFolderNamedAfterIt() throws IOException {
		Path inbox = generate("in", 6, 4, 3, 1, 2, 7);

		List<Map<String, String>> registry = Published.rows(inbox.resolve("schools.csv"));
		assertThat(registry).hasSize(24);
		for (Category category : Category.values()) {
			List<Path> files;
			try (Stream<Path> walk = Files.walk(inbox.resolve(category.folder()))) {
				files = walk.filter(Files::isRegularFile).toList();
			}
			assertThat(files).as(category.folder()).hasSize(24);
			for (Map<String, String> school : registry) {
				String code = school.get("school_code");
				int county = Integer.parseInt(school.get("county_code").substring(2)) - 1;
				Path expected = inbox.resolve(category.folder())
					.resolve((county % 3 == 0 ? school.get("county_name") + "/" : "") + code + ".csv");
				assertThat(expected).as(code).isRegularFile();
			}
		}
	}

	@Test
	void rowsAreWhatTheSettingsAskForAndTheCountReturnedIsWhatWasWritten() throws IOException {
		Path inbox = this.temp.resolve("in");
		long rows = new InboxGenerator(3, 4, 5, 2, 3, Period.parse("2024"), 9).writeTo(inbox);

		long training = dataRows(inbox, Category.TEACHER_TRAINING);
		long inspections = dataRows(inbox, Category.SAFETY_INSPECTIONS);
		long enrollment = dataRows(inbox, Category.ENROLLMENT);
		assertThat(training).isEqualTo(12 * 5 * 2);
		assertThat(inspections).isEqualTo(12 * 3);
		assertThat(enrollment).isBetween(12L, 24L); // one row per stage the school teaches
		assertThat(rows).isEqualTo(training + inspections + enrollment);
	}

	@Test
	void namesAreChineseAndSomeTextIsQuotedBecauseItHoldsCommas() throws IOException {
		Path inbox = generate("in", 2, 3, 4, 3, 6, 5);

		String registry = Files.readString(inbox.resolve("schools.csv"));
		assertThat(registry).containsPattern("\\p{IsHan}{2}[区县]");
		// The fourth school is in the second county, whose files are not in a sub-folder.
		Path file = inbox.resolve("teacher_training")
			.resolve(Published.rows(inbox.resolve("schools.csv")).get(3).get("school_code") + ".csv");
		List<String> withComma = Published.rows(file)
			.stream()
			.map((row) -> row.get("program_name"))
			.filter((name) -> name.contains(","))
			.toList();
		assertThat(withComma).isNotEmpty();
		String text = Files.readString(file);
		withComma.forEach((name) -> assertThat(text).contains("\"" + name.replace("\"", "\"\"") + "\""));
	}

	private static long dataRows(Path inbox, Category category) throws IOException {
		long rows = 0;
		try (Stream<Path> walk = Files.walk(inbox.resolve(category.folder()))) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				rows += Published.rows(file).size();
			}
		}
		return rows;
	}

}
