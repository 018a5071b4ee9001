package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.csv.Header;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.registry.Registry;
import org.schoolstats.support.TestInbox;

/** Contract section 2: a record's reason is the first rule it breaks, in the order of the table; sections 1.2-1.4. */
class RowCheckerTest {

	private static final String EMOJI = "\uD83D\uDE00";

	private static final String[] ENROLLMENT = { "S1", "primary", "10", "200", "190", "60", "55", "1", "2", "30",
			"25" };

	private static final String[] TRAINING = { "S1", "T1", "P1", "Reading", "county", "2024-03-01", "2024-03-02",
			"12", "completed" };

	private static final String[] INSPECTION = { "S1", "I1", "2024-04-01", "fire", "3", "2", "0", "Li" };

	@TempDir
	Path temp;

	private Registry registry;

	private final Locale defaultLocale = Locale.getDefault();

	@BeforeEach
	void loadRegistry() {
		this.registry = Registry.load(TestInbox.in(this.temp).path());
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.defaultLocale);
	}

	// accepted records

	@Test
	void validRecordOfEachCategoryIsAccepted() {
		assertThat(check(Category.ENROLLMENT, ENROLLMENT)).isInstanceOf(Checked.Accepted.class);
		assertThat(check(Category.TEACHER_TRAINING, TRAINING)).isInstanceOf(Checked.Accepted.class);
		assertThat(check(Category.SAFETY_INSPECTIONS, INSPECTION)).isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void acceptedValuesAreTrimmedAndKeepTheirLine() {
		Checked.Accepted accepted = accepted(Category.TEACHER_TRAINING, new String[] { " S1\u3000", "\tT1 ",
				"\u00A0P1", " Reading  Club ", " county", "2024-03-01 ", " 2024-03-02", " 7.5 ", "completed\t" });
		assertThat(accepted.values()).containsExactly("S1", "T1", "P1", "Reading  Club", "county", "2024-03-01",
				"2024-03-02", "7.5", "completed");
		assertThat(accepted.line()).isEqualTo(7);
		assertThat(accepted.schoolCode()).isEqualTo("S1");
	}

	@Test
	void codesMatchCaseInsensitivelyWithSurroundingSpacesAndAreStagedInLowerCase() {
		assertThat(accepted(Category.ENROLLMENT, with(ENROLLMENT, 1, " Primary ")).values()[1]).isEqualTo("primary");
		String[] training = accepted(Category.TEACHER_TRAINING,
				with(with(TRAINING, 4, "NATIONAL"), 8, "\u3000In_Progress")).values();
		assertThat(training[4]).isEqualTo("national");
		assertThat(training[8]).isEqualTo("in_progress");
		assertThat(accepted(Category.SAFETY_INSPECTIONS, with(INSPECTION, 3, "Fire")).values()[3]).isEqualTo("fire");
	}

	@Test
	void chineseLabelsAreAcceptedAndStagedAsTheirCode() {
		assertThat(accepted(Category.ENROLLMENT, with(ENROLLMENT, 1, "高中")).values()[1]).isEqualTo("senior");
		assertThat(accepted(Category.ENROLLMENT, with(ENROLLMENT, 1, "\u3000幼儿园\u3000")).values()[1])
			.isEqualTo("preschool");
		String[] training = accepted(Category.TEACHER_TRAINING, with(with(TRAINING, 4, "区级"), 8, "合格")).values();
		assertThat(training[4]).isEqualTo("county");
		assertThat(training[8]).isEqualTo("completed");
		assertThat(accepted(Category.SAFETY_INSPECTIONS, with(INSPECTION, 3, "消防安全")).values()[3]).isEqualTo("fire");
	}

	@Test
	void anUnknownLabelIsInvalidValueListingTheCodesAndLabelsToWrite() {
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 1, "职高")));
		assertThat(rejected.reason()).isEqualTo(Reason.INVALID_VALUE);
		assertThat(rejected.detail()).isEqualTo("stage \"职高\" is not one of preschool (学前, 学前教育, 幼儿园), "
				+ "primary (小学), junior (初中), senior (高中, 普通高中), vocational (中职, 中等职业教育): write one of these "
				+ "codes, or one of the labels in brackets");
		assertThat(rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 1, "高 中"))).reason())
			.isEqualTo(Reason.INVALID_VALUE);
		assertThat(rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 1, "初级中学"))).reason())
			.as("a school type's label is no stage")
			.isEqualTo(Reason.INVALID_VALUE);
	}

	@Test
	void codesMatchUnderTurkishDefaultLocale() {
		Locale.setDefault(new Locale("tr"));
		assertThat(accepted(Category.ENROLLMENT, with(ENROLLMENT, 1, "PRIMARY")).values()[1]).isEqualTo("primary");
		assertThat(accepted(Category.TEACHER_TRAINING, with(TRAINING, 4, "PROVINCIAL")).values()[4])
			.isEqualTo("provincial");
	}

	@Test
	void freeTextIsNotLowerCased() {
		assertThat(accepted(Category.TEACHER_TRAINING, with(TRAINING, 1, "TeacherA")).values()[1]).isEqualTo("TeacherA");
	}

	@Test
	void optionalColumnsMayBeEmpty() {
		assertThat(check(Category.TEACHER_TRAINING, with(TRAINING, 3, " "))).isInstanceOf(Checked.Accepted.class);
		assertThat(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 7, ""))).isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void optionalColumnsMayBeAbsentAndAreStagedEmpty() {
		List<String> names = new ArrayList<>(Category.TEACHER_TRAINING.columnNames());
		names.remove(3);
		List<String> values = new ArrayList<>(Arrays.asList(TRAINING));
		values.remove(3);
		Checked checked = check(Category.TEACHER_TRAINING, names, values.toArray(String[]::new));
		assertThat(checked).isInstanceOf(Checked.Accepted.class);
		assertThat(((Checked.Accepted) checked).values()[3]).isEmpty();
		List<String> inspectionNames = Category.SAFETY_INSPECTIONS.columnNames().subList(0, 7);
		Checked inspection = check(Category.SAFETY_INSPECTIONS, inspectionNames, Arrays.copyOf(INSPECTION, 7));
		assertThat(((Checked.Accepted) inspection).values()[7]).isEmpty();
	}

	@Test
	void extraColumnsAndFreeOrderAreRead() {
		List<String> names = new ArrayList<>(Category.SAFETY_INSPECTIONS.columnNames());
		names.add(0, "remarks");
		java.util.Collections.reverse(names);
		List<String> values = new ArrayList<>(Arrays.asList(INSPECTION));
		values.add(0, "anything");
		java.util.Collections.reverse(values);
		Checked checked = check(Category.SAFETY_INSPECTIONS, names, values.toArray(String[]::new));
		assertThat(((Checked.Accepted) checked).values()).containsExactly(INSPECTION);
	}

	@Test
	void schoolIdentityComesFromTheRowNotTheFileName() {
		Header header = Header.match(Category.ENROLLMENT.columnNames().toArray(String[]::new),
				Category.ENROLLMENT.columnNames(), Category.ENROLLMENT.optionalColumns());
		SubmissionFile namedS3 = new SubmissionFile(Category.ENROLLMENT, 0, "enrollment/S3.csv", "", 0,
				TextEncoding.UTF_8, null);
		Checked checked = new RowChecker(this.registry, Period.parse("2024"))
			.process(Submitted.Row.of(namedS3, 2, with(ENROLLMENT, 0, "S2"), header));
		assertThat(((Checked.Accepted) checked).schoolCode()).isEqualTo("S2");
		Checked unknown = new RowChecker(this.registry, Period.parse("2024"))
			.process(Submitted.Row.of(namedS3, 2, with(ENROLLMENT, 0, "S9"), header));
		assertThat(rejected(unknown).reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
	}

	// MALFORMED_ROW

	@Test
	void wrongFieldCountIsMalformedRowWithSchoolCodeFromTheHeaderPosition() {
		List<String> names = List.of("inspection_id", "inspection_date", "school_code", "category", "hazards_found",
				"hazards_rectified", "major_hazards", "inspector");
		String[] values = { "I1", "2024-04-01", " S2 ", "fire", "3", "2", "0" }; // one field short
		Checked.Rejected rejected = rejected(check(Category.SAFETY_INSPECTIONS, names, values));
		assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_ROW);
		assertThat(rejected.schoolCode()).isEqualTo("S2");
		assertThat(rejected.detail()).contains("7").contains("8");
		String[] longer = { "I1", "2024-04-01", "S3", "fire", "3", "2", "0", "Li", "extra" };
		assertThat(rejected(check(Category.SAFETY_INSPECTIONS, names, longer)).schoolCode()).isEqualTo("S3");
	}

	@Test
	void wrongFieldCountWithoutTheSchoolCodeFieldHasEmptySchoolCode() {
		List<String> names = List.of("inspection_id", "inspection_date", "category", "hazards_found",
				"hazards_rectified", "major_hazards", "inspector", "school_code");
		Checked.Rejected rejected = rejected(check(Category.SAFETY_INSPECTIONS, names, new String[] { "I1", "x" }));
		assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_ROW);
		assertThat(rejected.schoolCode()).isEmpty();
	}

	@Test
	void wrongFieldCountComesBeforeMissingField() {
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, Category.ENROLLMENT.columnNames(),
				new String[] { "S1", "", "" }));
		assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_ROW);
	}

	@Test
	void unparsableRecordIsMalformedRowWithEmptySchoolCode() {
		Checked.Rejected rejected = rejected(new RowChecker(this.registry, Period.parse("2024"))
			.process(new Submitted.Unparsable(file(Category.ENROLLMENT), 12, "a quoted value is never closed")));
		assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_ROW);
		assertThat(rejected.line()).isEqualTo(12);
		assertThat(rejected.schoolCode()).isEmpty();
		assertThat(rejected.detail()).contains("never closed").contains("rest of the file is not read");
	}

	@ParameterizedTest
	@EnumSource(value = Reason.class, names = { "BAD_HEADER", "BAD_ENCODING" })
	void rejectedFileKeepsItsReasonAtLineOne(Reason reason) {
		Checked.Rejected rejected = rejected(new RowChecker(this.registry, Period.parse("2024"))
			.process(new Submitted.RejectedFile(file(Category.TEACHER_TRAINING), reason, "why")));
		assertThat(rejected.reason()).isEqualTo(reason);
		assertThat(rejected.line()).isEqualTo(1);
		assertThat(rejected.schoolCode()).isEmpty();
		assertThat(rejected.detail()).isEqualTo("why");
	}

	// MISSING_FIELD

	@Test
	void emptyRequiredValueIsMissingFieldNamingTheColumn() {
		for (Category category : Category.values()) {
			String[] valid = valid(category);
			for (int c = 0; c < valid.length; c++) {
				if (category.optionalColumns().contains(category.columnNames().get(c))) {
					continue;
				}
				Checked.Rejected rejected = rejected(check(category, with(valid, c, " \u3000\t")));
				assertThat(rejected.reason()).as(category.columnNames().get(c)).isEqualTo(Reason.MISSING_FIELD);
				assertThat(rejected.detail()).contains(category.columnNames().get(c));
			}
		}
	}

	@Test
	void emptySchoolCodeIsMissingFieldWithEmptySchoolCode() {
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, "")));
		assertThat(rejected.reason()).isEqualTo(Reason.MISSING_FIELD);
		assertThat(rejected.schoolCode()).isEmpty();
	}

	@Test
	void invalidCountInAnEarlyColumnAndAnEmptyLaterColumnIsMissingField() {
		String[] values = with(with(ENROLLMENT, 2, "1,200"), 10, "");
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, values));
		assertThat(rejected.reason()).isEqualTo(Reason.MISSING_FIELD);
		assertThat(rejected.detail()).contains("full_time_teachers");
		assertThat(rejected.schoolCode()).isEqualTo("S1");
	}

	@Test
	void unknownCodeAndEmptyLaterColumnIsMissingField() {
		String[] values = with(with(TRAINING, 4, "galactic"), 8, "");
		assertThat(rejected(check(Category.TEACHER_TRAINING, values)).reason()).isEqualTo(Reason.MISSING_FIELD);
	}

	// INVALID_VALUE

	@Test
	void valueBreakingItsColumnRuleIsInvalidValueNamingColumnAndValue() {
		assertInvalid(Category.ENROLLMENT, 1, "nursery", "stage");
		assertInvalid(Category.ENROLLMENT, 3, "\uFF11\uFF12", "students_male");
		assertInvalid(Category.ENROLLMENT, 7, "-1", "dropouts");
		assertInvalid(Category.ENROLLMENT, 10, "1000000000", "full_time_teachers");
		assertInvalid(Category.TEACHER_TRAINING, 4, "provincal", "program_level");
		assertInvalid(Category.TEACHER_TRAINING, 5, "2024-02-30", "start_date");
		assertInvalid(Category.TEACHER_TRAINING, 6, "2024/03/02", "end_date");
		assertInvalid(Category.TEACHER_TRAINING, 7, "7.555", "hours");
		assertInvalid(Category.TEACHER_TRAINING, 8, "done", "result");
		assertInvalid(Category.SAFETY_INSPECTIONS, 2, "2024-13-01", "inspection_date");
		assertInvalid(Category.SAFETY_INSPECTIONS, 3, "electric", "category");
		assertInvalid(Category.SAFETY_INSPECTIONS, 4, "3.0", "hazards_found");
		assertInvalid(Category.SAFETY_INSPECTIONS, 5, "+2", "hazards_rectified");
		assertInvalid(Category.SAFETY_INSPECTIONS, 6, "1e2", "major_hazards");
	}

	@Test
	void everyCountColumnRejectsWhatIsNotACount() {
		for (Category category : List.of(Category.ENROLLMENT, Category.SAFETY_INSPECTIONS)) {
			for (int c = 0; c < category.columns().size(); c++) {
				if (category.columns().get(c).kind() != Column.Kind.COUNT) {
					continue;
				}
				for (String notACount : List.of("1.0", "1,200", "-1", "+1", "\uFF11", "1e2", "1234567890")) {
					assertInvalid(category, c, notACount, category.columnNames().get(c));
				}
			}
		}
	}

	@Test
	void unknownSchoolWithAnInvalidValueIsInvalidValue() {
		String[] values = with(with(ENROLLMENT, 0, "NOPE"), 4, "many");
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, values));
		assertThat(rejected.reason()).isEqualTo(Reason.INVALID_VALUE);
		assertThat(rejected.schoolCode()).isEqualTo("NOPE");
	}

	@Test
	void invalidValueDetailQuotesAtMostOneHundredCharacters() {
		String value = "x".repeat(99) + "ABCDEFGH" + "Z".repeat(400);
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 1, value)));
		assertThat(rejected.reason()).isEqualTo(Reason.INVALID_VALUE);
		assertThat(rejected.detail()).contains("x".repeat(99) + "A").doesNotContain("AB").doesNotContain("Z");
	}

	@Test
	void unknownSchoolDetailQuotesAtMostOneHundredCharacters() {
		String code = "Q".repeat(100) + "RST";
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, code)));
		assertThat(rejected.reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(rejected.detail()).contains("Q".repeat(100)).doesNotContain("R");
	}

	// UNKNOWN_SCHOOL

	@Test
	void schoolCodeIsMatchedExactlyAfterTrimming() {
		assertThat(rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, "s1"))).reason())
			.isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, "S01"))).reason())
			.isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, "\uFF33\uFF11"))).reason())
			.isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(check(Category.ENROLLMENT, with(ENROLLMENT, 0, "\u3000S1 "))).isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void unknownSchoolKeepsTheCodeAsWrittenTrimmed() {
		Checked.Rejected rejected = rejected(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 0, " s1\t")));
		assertThat(rejected.reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(rejected.schoolCode()).isEqualTo("s1");
		assertThat(rejected.detail()).contains("s1");
	}

	@Test
	void unknownSchoolWhoseDateIsOutOfPeriodIsUnknownSchool() {
		String[] values = with(with(TRAINING, 0, "S9"), 5, "2023-03-01");
		assertThat(rejected(check(Category.TEACHER_TRAINING, values)).reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
		String[] inspection = with(with(INSPECTION, 0, "S9"), 2, "2025-01-01");
		assertThat(rejected(check(Category.SAFETY_INSPECTIONS, inspection)).reason())
			.isEqualTo(Reason.UNKNOWN_SCHOOL);
	}

	@Test
	void unknownSchoolThatIsAlsoInconsistentIsUnknownSchool() {
		String[] values = with(with(ENROLLMENT, 0, "S9"), 5, "999");
		assertThat(rejected(check(Category.ENROLLMENT, values)).reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
	}

	@Test
	void rejectedSchoolCodeIsCutToSixtyFourCodePoints() {
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, with(ENROLLMENT, 0, EMOJI.repeat(100))));
		assertThat(rejected.reason()).isEqualTo(Reason.UNKNOWN_SCHOOL);
		assertThat(rejected.schoolCode()).isEqualTo(EMOJI.repeat(64));
		Checked.Rejected missing = rejected(check(Category.ENROLLMENT, with(with(ENROLLMENT, 0, "a" + "b".repeat(70)),
				1, "")));
		assertThat(missing.schoolCode()).isEqualTo("a" + "b".repeat(63));
	}

	@Test
	void malformedRowSchoolCodeIsCutToSixtyFourCodePoints() {
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, Category.ENROLLMENT.columnNames(),
				new String[] { "x" + EMOJI.repeat(80), "primary" }));
		assertThat(rejected.reason()).isEqualTo(Reason.MALFORMED_ROW);
		assertThat(rejected.schoolCode()).isEqualTo("x" + EMOJI.repeat(63));
	}

	// OUT_OF_PERIOD

	@ParameterizedTest
	@ValueSource(strings = { "2024-01-01", "2024-06-30" })
	void trainingStartDateAtEitherEndOfFirstHalfIsInPeriod(String date) {
		String[] values = with(with(TRAINING, 5, date), 6, date);
		assertThat(check(Category.TEACHER_TRAINING, values, "2024-H1")).isInstanceOf(Checked.Accepted.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-12-31", "2024-07-01" })
	void trainingStartDateJustOutsideFirstHalfIsOutOfPeriod(String date) {
		String[] values = with(with(TRAINING, 5, date), 6, "2024-12-31");
		Checked.Rejected rejected = rejected(check(Category.TEACHER_TRAINING, values, "2024-H1"));
		assertThat(rejected.reason()).isEqualTo(Reason.OUT_OF_PERIOD);
		assertThat(rejected.detail()).contains("start_date").contains(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-07-01", "2024-12-31" })
	void trainingStartDateAtEitherEndOfSecondHalfIsInPeriod(String date) {
		String[] values = with(with(TRAINING, 5, date), 6, date);
		assertThat(check(Category.TEACHER_TRAINING, values, "2024-H2")).isInstanceOf(Checked.Accepted.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-06-30", "2025-01-01" })
	void trainingStartDateJustOutsideSecondHalfIsOutOfPeriod(String date) {
		String[] values = with(with(TRAINING, 5, date), 6, "2025-01-31");
		assertThat(rejected(check(Category.TEACHER_TRAINING, values, "2024-H2")).reason())
			.isEqualTo(Reason.OUT_OF_PERIOD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-01-01", "2024-06-30" })
	void inspectionDateAtEitherEndOfFirstHalfIsInPeriod(String date) {
		assertThat(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 2, date), "2024-H1"))
			.isInstanceOf(Checked.Accepted.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-12-31", "2024-07-01" })
	void inspectionDateJustOutsideFirstHalfIsOutOfPeriod(String date) {
		Checked.Rejected rejected = rejected(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 2, date), "2024-H1"));
		assertThat(rejected.reason()).isEqualTo(Reason.OUT_OF_PERIOD);
		assertThat(rejected.detail()).contains("inspection_date").contains(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-07-01", "2024-12-31" })
	void inspectionDateAtEitherEndOfSecondHalfIsInPeriod(String date) {
		assertThat(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 2, date), "2024-H2"))
			.isInstanceOf(Checked.Accepted.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-06-30", "2025-01-01" })
	void inspectionDateJustOutsideSecondHalfIsOutOfPeriod(String date) {
		assertThat(rejected(check(Category.SAFETY_INSPECTIONS, with(INSPECTION, 2, date), "2024-H2")).reason())
			.isEqualTo(Reason.OUT_OF_PERIOD);
	}

	@Test
	void trainingEndDateMayLieOutsideThePeriod() {
		String[] values = with(with(TRAINING, 5, "2024-06-30"), 6, "2025-02-01");
		assertThat(check(Category.TEACHER_TRAINING, values, "2024-H1")).isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void enrollmentHasNoDateAndIsNeverOutOfPeriod() {
		assertThat(check(Category.ENROLLMENT, ENROLLMENT, "1999-H2")).isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void outOfPeriodComesBeforeInconsistent() {
		String[] values = with(with(TRAINING, 5, "2024-08-01"), 6, "2024-07-01");
		assertThat(rejected(check(Category.TEACHER_TRAINING, values, "2024-H1")).reason())
			.isEqualTo(Reason.OUT_OF_PERIOD);
	}

	// INCONSISTENT

	@Test
	void enrollmentConsistencyRulesAreInconsistentWhenBroken() {
		// students = 200 + 190 = 390
		assertInconsistent(Category.ENROLLMENT, 5, "391", "390", "new_entrants");
		assertInconsistent(Category.ENROLLMENT, 8, "391", "390", "students_with_disabilities");
		assertInconsistent(Category.ENROLLMENT, 9, "391", "390", "migrant_children");
	}

	@Test
	void classesMustBePositiveWhenThereAreStudents() {
		String[] noClasses = with(ENROLLMENT, 2, "0");
		Checked.Rejected rejected = rejected(check(Category.ENROLLMENT, noClasses));
		assertThat(rejected.reason()).isEqualTo(Reason.INCONSISTENT);
		assertThat(rejected.detail()).contains("classes");
		String[] empty = { "S1", "senior", "0", "0", "0", "0", "0", "0", "0", "0", "0" };
		assertThat(check(Category.ENROLLMENT, empty)).isInstanceOf(Checked.Accepted.class);
		String[] oneStudent = { "S1", "senior", "0", "0", "1", "0", "0", "0", "0", "0", "0" };
		assertThat(rejected(check(Category.ENROLLMENT, oneStudent)).reason()).isEqualTo(Reason.INCONSISTENT);
	}

	@Test
	void trainingEndBeforeStartIsInconsistent() {
		String[] values = with(with(TRAINING, 5, "2024-03-02"), 6, "2024-03-01");
		Checked.Rejected rejected = rejected(check(Category.TEACHER_TRAINING, values));
		assertThat(rejected.reason()).isEqualTo(Reason.INCONSISTENT);
		assertThat(rejected.detail()).contains("end_date");
		assertThat(check(Category.TEACHER_TRAINING, with(with(TRAINING, 5, "2024-03-02"), 6, "2024-03-02")))
			.isInstanceOf(Checked.Accepted.class);
	}

	@Test
	void inspectionConsistencyRulesAreInconsistentWhenBroken() {
		assertInconsistent(Category.SAFETY_INSPECTIONS, 5, "4", "3", "hazards_rectified");
		assertInconsistent(Category.SAFETY_INSPECTIONS, 6, "4", "3", "major_hazards");
	}

	@Test
	void countsAreComparedAsNumbersNotText() {
		// "0010" is 10 and "9" is 9: 9 rectified of 10 found is consistent
		String[] values = with(with(INSPECTION, 4, "0010"), 5, "9");
		assertThat(check(Category.SAFETY_INSPECTIONS, values)).isInstanceOf(Checked.Accepted.class);
		assertThat(((Checked.Accepted) check(Category.SAFETY_INSPECTIONS, values)).values()[4]).isEqualTo("0010");
	}

	// helpers

	private void assertInvalid(Category category, int column, String value, String columnName) {
		Checked.Rejected rejected = rejected(check(category, with(valid(category), column, value)));
		assertThat(rejected.reason()).as(columnName + " " + value).isEqualTo(Reason.INVALID_VALUE);
		assertThat(rejected.detail()).contains(columnName).contains(value);
	}

	private void assertInconsistent(Category category, int column, String broken, String boundary, String name) {
		Checked.Rejected rejected = rejected(check(category, with(valid(category), column, broken)));
		assertThat(rejected.reason()).as(name).isEqualTo(Reason.INCONSISTENT);
		assertThat(rejected.detail()).contains(name);
		assertThat(check(category, with(valid(category), column, boundary))).as(name + " equal")
			.isInstanceOf(Checked.Accepted.class);
	}

	private static String[] valid(Category category) {
		return switch (category) {
			case ENROLLMENT -> ENROLLMENT;
			case TEACHER_TRAINING -> TRAINING;
			case SAFETY_INSPECTIONS -> INSPECTION;
		};
	}

	private static String[] with(String[] values, int column, String value) {
		String[] copy = values.clone();
		copy[column] = value;
		return copy;
	}

	private Checked check(Category category, String[] values) {
		return check(category, values, "2024-H1");
	}

	private Checked check(Category category, String[] values, String period) {
		return check(category, category.columnNames(), values, period);
	}

	private Checked check(Category category, List<String> headerNames, String[] values) {
		return check(category, headerNames, values, "2024-H1");
	}

	private Checked check(Category category, List<String> headerNames, String[] values, String period) {
		Header header = Header.match(headerNames.toArray(String[]::new), category.columnNames(),
				category.optionalColumns());
		assertThat(header.problem()).as("test header").isNull();
		return new RowChecker(this.registry, Period.parse(period))
			.process(Submitted.Row.of(file(category), 7, values, header));
	}

	private Checked.Accepted accepted(Category category, String[] values) {
		Checked checked = check(category, values);
		assertThat(checked).isInstanceOf(Checked.Accepted.class);
		return (Checked.Accepted) checked;
	}

	private static Checked.Rejected rejected(Checked checked) {
		assertThat(checked).isInstanceOf(Checked.Rejected.class);
		return (Checked.Rejected) checked;
	}

	private static SubmissionFile file(Category category) {
		return new SubmissionFile(category, 0, category.folder() + "/S1.csv", "0".repeat(64), 100,
				TextEncoding.UTF_8, null);
	}

}
