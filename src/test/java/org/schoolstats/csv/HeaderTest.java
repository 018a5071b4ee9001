package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolstats.submission.Category;

/** Contract section 1, "Header": names matched case-insensitively after trimming, order free, extras ignored. */
class HeaderTest {

	private static final Category ENROLLMENT = Category.ENROLLMENT;

	private static final Category TRAINING = Category.TEACHER_TRAINING;

	private final Locale defaultLocale = Locale.getDefault();

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(this.defaultLocale);
	}

	@Test
	void namesMatchCaseInsensitivelyAfterTrimming() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		names.set(0, " School_Code\u3000");
		names.set(1, "\tSTAGE\u00A0");
		names.set(9, "Migrant_Children");
		Header header = match(ENROLLMENT, names);
		assertThat(header.problem()).isNull();
		assertThat(header.position(0)).isZero();
		assertThat(header.position(1)).isEqualTo(1);
		assertThat(header.position(9)).isEqualTo(9);
	}

	@Test
	void namesMatchUnderTurkishDefaultLocale() {
		Locale.setDefault(new Locale("tr"));
		List<String> names = ENROLLMENT.columnNames().stream().map((n) -> n.toUpperCase(Locale.ROOT)).toList();
		Header header = match(ENROLLMENT, names);
		assertThat(header.problem()).isNull();
	}

	@Test
	void columnOrderIsFree() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		Collections.reverse(names);
		Header header = match(ENROLLMENT, names);
		assertThat(header.problem()).isNull();
		String[] record = names.toArray(String[]::new); // each value is its own column name
		for (int c = 0; c < ENROLLMENT.columnNames().size(); c++) {
			assertThat(header.raw(record, c)).isEqualTo(ENROLLMENT.columnNames().get(c));
		}
	}

	@Test
	void unknownExtraColumnsAreIgnored() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		names.add(2, "remarks");
		names.add("");
		Header header = match(ENROLLMENT, names);
		assertThat(header.problem()).isNull();
		assertThat(header.width()).isEqualTo(names.size());
		assertThat(header.position(2)).isEqualTo(3);
	}

	@Test
	void unknownColumnNamedTwiceIsFine() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		names.add("remarks");
		names.add("Remarks");
		assertThat(match(ENROLLMENT, names).problem()).isNull();
	}

	@Test
	void optionalColumnsMayBeLeftOutAndReadAsEmpty() {
		List<String> names = new ArrayList<>(TRAINING.columnNames());
		names.remove("program_name");
		Header header = match(TRAINING, names);
		assertThat(header.problem()).isNull();
		int programName = TRAINING.columnNames().indexOf("program_name");
		assertThat(header.position(programName)).isEqualTo(-1);
		assertThat(header.raw(names.toArray(String[]::new), programName)).isEmpty();
		assertThat(match(Category.SAFETY_INSPECTIONS, Category.SAFETY_INSPECTIONS.columnNames().subList(0, 7))
			.problem()).as("inspector is optional").isNull();
	}

	@Test
	void missingColumnsAreNamedInTheProblem() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		names.remove("classes");
		names.remove("graduates");
		String problem = match(ENROLLMENT, names).problem();
		assertThat(problem).contains("classes").contains("graduates");
		assertThat(problem).doesNotContain("stage");
	}

	@Test
	void requiredColumnIsNotOptional() {
		List<String> names = new ArrayList<>(TRAINING.columnNames());
		names.remove("teacher_id");
		assertThat(match(TRAINING, names).problem()).contains("teacher_id");
	}

	@Test
	void columnOfTheCategoryNamedTwiceIsAProblemNamingIt() {
		List<String> names = new ArrayList<>(ENROLLMENT.columnNames());
		names.add(" Stage ");
		String problem = match(ENROLLMENT, names).problem();
		assertThat(problem).contains("stage").contains("twice");
	}

	@Test
	void optionalColumnNamedTwiceIsAProblemNamingIt() {
		List<String> names = new ArrayList<>(TRAINING.columnNames());
		names.add("PROGRAM_NAME");
		assertThat(match(TRAINING, names).problem()).contains("program_name").contains("twice");
	}

	@Test
	void semicolonSeparatedHeaderGetsAHintAboutTheSeparator() {
		String problem = match(ENROLLMENT, List.of(String.join(";", ENROLLMENT.columnNames()))).problem();
		assertThat(problem).contains("semicolon");
	}

	@Test
	void tabSeparatedHeaderGetsAHintAboutTheSeparator() {
		String problem = match(ENROLLMENT, List.of(String.join("\t", ENROLLMENT.columnNames()))).problem();
		assertThat(problem).contains("tab");
	}

	@Test
	void valueOfAColumnBeyondAShortRecordIsEmpty() {
		Header header = match(ENROLLMENT, ENROLLMENT.columnNames());
		assertThat(header.raw(new String[] { "S1" }, 5)).isEmpty();
	}

	private static Header match(Category category, List<String> names) {
		return Header.match(names.toArray(String[]::new), category.columnNames(), category.optionalColumns());
	}

}
