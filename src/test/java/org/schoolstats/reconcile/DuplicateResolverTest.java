package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/** Contract section 2: exact duplicates collapse, any difference rejects every record of the key. */
class DuplicateResolverTest {

	@TempDir
	Path inbox;

	private CheckedRows rows;

	private int a;

	private int b;

	@BeforeEach
	void files() {
		this.rows = new CheckedRows(this.inbox);
		this.a = this.rows.file("enrollment/a.csv");
		this.b = this.rows.file("enrollment/b.csv");
	}

	private Checked.Accepted enrollment(int file, long line, String stage, String classes) {
		return this.rows.accepted(Category.ENROLLMENT, file, line, "S1", stage, classes, "200", "190", "60", "55",
				"1", "2", "30", "25");
	}

	private DuplicateResolver.Outcome resolve(Category category, Checked.Accepted... records) {
		return new DuplicateResolver(category, this.rows::path).resolve(new java.util.ArrayList<>(List.of(records)));
	}

	@Test
	void exactDuplicatesAreKeptOnceAndTheOthersCountAsCollapsed() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.b, 4, "primary", "10"),
				enrollment(this.a, 9, "primary", "10"), enrollment(this.a, 2, "primary", "10"));

		assertThat(outcome.accepted()).hasSize(1);
		assertThat(outcome.collapsed()).isEqualTo(2);
		assertThat(outcome.conflicts()).isEmpty();
		// the one kept is the first in processing order
		assertThat(outcome.accepted().get(0).fileIndex()).isEqualTo(this.a);
		assertThat(outcome.accepted().get(0).line()).isEqualTo(2);
	}

	@Test
	void anyDifferenceInANonKeyColumnRejectsEveryRecordOfThatKey() {
		// two records identical to each other and a third that differs: all three are rejected, none collapses
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "primary", "10"),
				enrollment(this.a, 3, "primary", "10"), enrollment(this.b, 2, "primary", "11"));

		assertThat(outcome.accepted()).isEmpty();
		assertThat(outcome.collapsed()).isZero();
		assertThat(outcome.conflicts()).hasSize(3)
			.allSatisfy((reject) -> assertThat(reject.reason()).isEqualTo(Reason.DUPLICATE_CONFLICT))
			.allSatisfy((reject) -> assertThat(reject.schoolCode()).isEqualTo("S1"));
	}

	@Test
	void differenceInAnOptionalColumnIsAConflictToo() {
		int file = this.rows.file("teacher_training/a.csv");
		Checked.Accepted named = this.rows.accepted(Category.TEACHER_TRAINING, file, 2, "S1", "T1", "P1", "Reading",
				"county", "2024-03-01", "2024-03-02", "12", "completed");
		Checked.Accepted unnamed = this.rows.accepted(Category.TEACHER_TRAINING, file, 3, "S1", "T1", "P1", "",
				"county", "2024-03-01", "2024-03-02", "12", "completed");

		DuplicateResolver.Outcome outcome = resolve(Category.TEACHER_TRAINING, named, unnamed);

		assertThat(outcome.accepted()).isEmpty();
		assertThat(outcome.conflicts()).hasSize(2);
	}

	@Test
	void valuesCompareAsTextSoALeadingZeroDiffers() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "primary", "02"),
				enrollment(this.a, 3, "primary", "2"));

		assertThat(outcome.accepted()).isEmpty();
		assertThat(outcome.collapsed()).isZero();
		assertThat(outcome.conflicts()).extracting(Checked.Rejected::line).containsExactly(2L, 3L);
	}

	@Test
	void valuesCompareAsTextSoHoursWithATrailingZeroDiffer() {
		int file = this.rows.file("teacher_training/a.csv");
		Checked.Accepted eightPointZero = this.rows.accepted(Category.TEACHER_TRAINING, file, 2, "S1", "T1", "P1",
				"Reading", "county", "2024-03-01", "2024-03-02", "8.0", "completed");
		Checked.Accepted eight = this.rows.accepted(Category.TEACHER_TRAINING, file, 3, "S1", "T1", "P1", "Reading",
				"county", "2024-03-01", "2024-03-02", "8", "completed");

		DuplicateResolver.Outcome outcome = resolve(Category.TEACHER_TRAINING, eightPointZero, eight);

		assertThat(outcome.accepted()).isEmpty();
		assertThat(outcome.conflicts()).hasSize(2);
	}

	@Test
	void codesInAnotherLetterCaseAndSurroundingSpacesCollapseAsExactDuplicates() {
		// the row rules trim values and lower-case codes before staging, so these are the same record
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "PRIMARY", "10"),
				enrollment(this.a, 3, " Primary\u3000", " 10\u00A0"), enrollment(this.b, 2, "primary", "10"));

		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.accepted()).hasSize(1);
		assertThat(outcome.collapsed()).isEqualTo(2);
	}

	@Test
	void codesInAnotherLetterCaseInANonKeyColumnCollapse() {
		int file = this.rows.file("safety_inspections/a.csv");
		Checked.Accepted upper = this.rows.accepted(Category.SAFETY_INSPECTIONS, file, 2, "S1", "I1", "2024-04-01",
				"FIRE", "3", "2", "0", "Li");
		Checked.Accepted lower = this.rows.accepted(Category.SAFETY_INSPECTIONS, file, 3, "S1", "I1", "2024-04-01",
				"fire", "3", "2", "0", "Li");

		DuplicateResolver.Outcome outcome = resolve(Category.SAFETY_INSPECTIONS, upper, lower);

		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.collapsed()).isEqualTo(1);
	}

	@Test
	void conflictDetailNamesTheKeyTheDifferingColumnBothValuesAndTheOtherRecord() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "primary", "02"),
				enrollment(this.b, 7, "primary", "2"));

		Checked.Rejected first = outcome.conflicts().get(0);
		assertThat(first.fileIndex()).isEqualTo(this.a);
		assertThat(first.detail()).contains("school_code", "S1", "stage", "primary", "classes", "\"02\"", "\"2\"",
				"enrollment/b.csv", "line 7");
		Checked.Rejected second = outcome.conflicts().get(1);
		assertThat(second.detail()).contains("school_code", "S1", "stage", "primary", "classes", "\"02\"", "\"2\"",
				"enrollment/a.csv", "line 2");
	}

	@Test
	void conflictDetailOfARecordIdenticalToAnotherNamesARecordThatDiffers() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "primary", "10"),
				enrollment(this.a, 3, "primary", "10"), enrollment(this.b, 5, "primary", "12"));

		assertThat(outcome.conflicts().get(0).detail()).contains("classes", "\"10\"", "\"12\"", "enrollment/b.csv",
				"line 5");
		assertThat(outcome.conflicts().get(1).detail()).contains("classes", "\"10\"", "\"12\"", "enrollment/b.csv",
				"line 5");
	}

	@Test
	void conflictDetailQuotesAtMostOneHundredCharactersOfAValue() {
		int file = this.rows.file("teacher_training/a.csv");
		String teacher = "T".repeat(150);
		String longName = "x".repeat(150);
		Checked.Accepted first = this.rows.accepted(Category.TEACHER_TRAINING, file, 2, "S1", teacher, "P1",
				longName + "A", "county", "2024-03-01", "2024-03-02", "12", "completed");
		Checked.Accepted second = this.rows.accepted(Category.TEACHER_TRAINING, file, 3, "S1", teacher, "P1",
				longName + "B", "county", "2024-03-01", "2024-03-02", "12", "completed");

		DuplicateResolver.Outcome outcome = resolve(Category.TEACHER_TRAINING, first, second);

		assertThat(outcome.conflicts()).hasSize(2).allSatisfy((reject) -> assertThat(reject.detail())
			.contains("program_name", "T".repeat(100), "x".repeat(100))
			.doesNotContain("T".repeat(101), "x".repeat(101)));
	}

	@Test
	void conflictsComeOutInProcessingOrderOfFileThenLine() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.b, 3, "junior", "5"),
				enrollment(this.b, 1, "primary", "10"), enrollment(this.a, 20, "junior", "6"),
				enrollment(this.a, 4, "primary", "11"), enrollment(this.a, 30, "primary", "12"));

		assertThat(outcome.conflicts()).extracting((r) -> r.fileIndex() + ":" + r.line())
			.containsExactly(this.a + ":4", this.a + ":20", this.a + ":30", this.b + ":1", this.b + ":3");
	}

	@Test
	void recordsOfDifferentKeysAreIndependent() {
		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, enrollment(this.a, 2, "primary", "10"),
				enrollment(this.a, 3, "junior", "4"), enrollment(this.a, 4, "primary", "11"),
				enrollment(this.b, 2, "junior", "4"), enrollment(this.b, 3, "senior", "2"));

		assertThat(outcome.conflicts()).extracting(Checked.Rejected::line).containsExactly(2L, 4L);
		assertThat(outcome.conflicts()).extracting(Checked.Rejected::fileIndex).containsOnly(this.a);
		assertThat(outcome.accepted()).extracting((row) -> row.values()[1])
			.containsExactlyInAnyOrder("junior", "senior");
		assertThat(outcome.collapsed()).isEqualTo(1);
	}

	@Test
	void recordsOfDifferentSchoolsWithTheSameOtherKeyValuesAreIndependent() {
		Checked.Accepted s1 = enrollment(this.a, 2, "primary", "10");
		Checked.Accepted s2 = this.rows.accepted(Category.ENROLLMENT, this.a, 3, "S2", "primary", "11", "200", "190",
				"60", "55", "1", "2", "30", "25");

		DuplicateResolver.Outcome outcome = resolve(Category.ENROLLMENT, s1, s2);

		assertThat(outcome.accepted()).hasSize(2);
		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.collapsed()).isZero();
	}

}
