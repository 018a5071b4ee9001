package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract section 1.5: YYYY, YYYY-H1 and YYYY-H2 bounds decide OUT_OF_PERIOD and name the output directory. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodFunctionalTests extends JobFunctionalTestSupport {

	/** Lines 2 to 7 carry these dates. */
	private static final List<String> DATES = List.of("2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01",
			"2024-12-31", "2025-01-01");

	@TempDir
	static Path temp;

	private Path output;

	private Launched year;

	private Launched firstHalf;

	private Launched secondHalf;

	@BeforeAll
	void runTheJobForEachKindOfPeriod() throws Exception {
		StringBuilder training = new StringBuilder();
		StringBuilder inspections = new StringBuilder();
		for (int i = 0; i < DATES.size(); i++) {
			String date = DATES.get(i);
			// end_date after the period does not matter: only start_date must fall inside
			training.append("S1,T").append(i).append(",P1,,county,").append(date).append(",2025-02-01,1,completed\n");
			inspections.append("S1,I").append(i).append(',').append(date).append(",fire,0,0,0,Li\n");
		}
		Path input = TestInbox.in(temp.resolve("in"))
			.training("S1.csv", training.toString())
			.inspections("S1.csv", inspections.toString())
			.path();
		this.output = temp.resolve("out");
		this.year = run(input, this.output, "2024", "100");
		this.firstHalf = run(input, this.output, "2024-H1", "100");
		this.secondHalf = run(input, this.output, "2024-H2", "100");
		assertThat(List.of(this.year.status(), this.firstHalf.status(), this.secondHalf.status()))
			.containsOnly(BatchStatus.COMPLETED);
	}

	@Test
	void wholeYearIncludesFirstJanuaryAndThirtyFirstDecember() {
		assertThat(outOfPeriodLines(this.year)).containsExactlyElementsOf(expected(2, 7));
	}

	@Test
	void firstHalfEndsOnThirtiethJune() {
		assertThat(outOfPeriodLines(this.firstHalf)).containsExactlyElementsOf(expected(2, 5, 6, 7));
	}

	@Test
	void secondHalfStartsOnFirstJuly() {
		assertThat(outOfPeriodLines(this.secondHalf)).containsExactlyElementsOf(expected(2, 3, 4, 7));
	}

	@Test
	void eachPeriodIsPublishedInADirectoryNamedAfterIt() {
		assertThat(this.firstHalf.published()).isEqualTo(this.output.resolve("2024-H1"));
		assertThat(Files.isRegularFile(this.output.resolve("2024-H1").resolve("manifest.json"))).isTrue();
		assertThat(Published.json(this.output.resolve("2024-H1").resolve("manifest.json")).get("period").asString())
			.isEqualTo("2024-H1");
		assertThat(Published.json(this.output.resolve("2024-H2").resolve("manifest.json")).get("period").asString())
			.isEqualTo("2024-H2");
		assertThat(Published.json(this.output.resolve("2024").resolve("manifest.json")).get("period").asString())
			.isEqualTo("2024");
		// The three publications live side by side.
		assertThat(this.output.toFile().list()).contains("2024", "2024-H1", "2024-H2");
	}

	private static List<String> outOfPeriodLines(Launched launched) {
		return Published.dataRows(launched.file("rejects.csv"))
			.stream()
			.map((row) -> row.get(0) + " " + row.get(2) + " " + row.get(4))
			.toList();
	}

	/** OUT_OF_PERIOD at these lines of the training file, then of the inspection file. */
	private static List<String> expected(int... lines) {
		List<String> expected = new ArrayList<>();
		for (String category : List.of("teacher_training", "safety_inspections")) {
			for (int line : lines) {
				expected.add(category + " " + line + " OUT_OF_PERIOD");
			}
		}
		return expected;
	}

}
