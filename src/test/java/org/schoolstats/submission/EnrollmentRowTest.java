package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contract section 1.2 consistency rules, and section 3.3 {@code OVERSIZED_CLASSES}. */
class EnrollmentRowTest {

	@Test
	void newEntrantsMayEqualButNotExceedStudents() {
		assertThat(row(1, 10, 5, 15, 0, 0).newEntrantsWithinStudents()).isTrue();
		assertThat(row(1, 10, 5, 16, 0, 0).newEntrantsWithinStudents()).isFalse();
		assertThat(row(1, 10, 5, 16, 0, 0).inconsistency()).contains("new_entrants");
	}

	@Test
	void studentsWithDisabilitiesMayEqualButNotExceedStudents() {
		assertThat(row(1, 10, 5, 0, 15, 0).disabledWithinStudents()).isTrue();
		assertThat(row(1, 10, 5, 0, 16, 0).disabledWithinStudents()).isFalse();
		assertThat(row(1, 10, 5, 0, 16, 0).inconsistency()).contains("students_with_disabilities");
	}

	@Test
	void migrantChildrenMayEqualButNotExceedStudents() {
		assertThat(row(1, 10, 5, 0, 0, 15).migrantWithinStudents()).isTrue();
		assertThat(row(1, 10, 5, 0, 0, 16).migrantWithinStudents()).isFalse();
		assertThat(row(1, 10, 5, 0, 0, 16).inconsistency()).contains("migrant_children");
	}

	@Test
	void studentsAreMalePlusFemale() {
		assertThat(row(1, 999_999_999, 999_999_999, 0, 0, 0).students()).isEqualTo(1_999_999_998L);
		assertThat(row(1, 999_999_999, 999_999_999, 1_999_999_998L, 0, 0).inconsistency()).isNull();
	}

	@Test
	void classesMustBePositiveWhenThereAreStudents() {
		assertThat(row(0, 1, 0, 0, 0, 0).classesWhenStudents()).isFalse();
		assertThat(row(0, 0, 1, 0, 0, 0).inconsistency()).contains("classes");
		assertThat(row(0, 0, 0, 0, 0, 0).classesWhenStudents()).isTrue();
		assertThat(row(0, 0, 0, 0, 0, 0).inconsistency()).isNull();
		assertThat(row(1, 1, 0, 0, 0, 0).classesWhenStudents()).isTrue();
	}

	@Test
	void consistentRowHasNoInconsistency() {
		assertThat(row(10, 200, 190, 60, 2, 30).inconsistency()).isNull();
		assertThat(row(10, 200, 190, 60, 2, 30).outOfPeriod(Period.parse("2024-H1"))).isNull();
	}

	@Test
	void sixtySixStudentsPerClassExactlyIsOversizedAndFiftySixIsLarge() {
		assertThat(row(2, 66, 65, 0, 0, 0).classSize()).isEqualTo(EnrollmentRow.ClassSize.LARGE);
		assertThat(row(2, 66, 66, 0, 0, 0).classSize()).isEqualTo(EnrollmentRow.ClassSize.OVERSIZED);
		assertThat(row(2, 56, 56, 0, 0, 0).classSize()).isEqualTo(EnrollmentRow.ClassSize.LARGE);
		assertThat(row(2, 56, 55, 0, 0, 0).classSize()).isEqualTo(EnrollmentRow.ClassSize.NORMAL);
		assertThat(row(0, 0, 0, 0, 0, 0).classSize()).as("no classes, no average").isEqualTo(EnrollmentRow.ClassSize.NORMAL);
	}

	@Test
	void classSizeIsComputedWithoutOverflow() {
		// 66 x 999,999,999 does not fit in an int; 1,999,999,998 students in 30,303,030 classes are 66.0000...
		assertThat(row(999_999_999, 999_999_999, 999_999_999, 0, 0, 0).classSize())
			.isEqualTo(EnrollmentRow.ClassSize.NORMAL);
		assertThat(row(30_303_030, 999_999_999, 999_999_999, 0, 0, 0).classSize())
			.isEqualTo(EnrollmentRow.ClassSize.OVERSIZED);
		assertThat(row(30_303_031, 999_999_999, 999_999_999, 0, 0, 0).classSize())
			.isEqualTo(EnrollmentRow.ClassSize.LARGE);
	}

	@Test
	void rowIsBuiltFromTrimmedLowerCaseValues() {
		EnrollmentRow row = EnrollmentRow.of(new String[] { "S1", "junior", "3", "40", "50", "30", "20", "1", "2",
				"10", "007" });
		assertThat(row.stage()).isEqualTo(Stage.JUNIOR);
		assertThat(row.students()).isEqualTo(90);
		assertThat(row.fullTimeTeachers()).isEqualTo(7);
	}

	private static EnrollmentRow row(long classes, long male, long female, long newEntrants, long disabled,
			long migrant) {
		return new EnrollmentRow("S1", Stage.PRIMARY, classes, male, female, newEntrants, 0, 0, disabled, migrant, 5);
	}

}
