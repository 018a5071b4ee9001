package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract sections 1.2 to 1.4: counts, hours and dates, matched on ASCII before any conversion. */
class ValueRulesTest {

	@ParameterizedTest
	@ValueSource(strings = { "0", "7", "1200", "999999999", "000000001", "007" })
	void countIsOneToNineAsciiDigits(String value) {
		assertThat(ValueRules.isCount(value)).isTrue();
	}

	@Test
	void countKeepsLeadingZerosValue() {
		assertThat(ValueRules.count("007")).isEqualTo(7);
		assertThat(ValueRules.count("999999999")).isEqualTo(999_999_999);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\uFF11\uFF12", "+1", "-1", "1,200", "1.0", "1e2", "1000000000", "0000000000", "",
			"1 2", "\u0661", "0x1", "1_000", "\u00B9" })
	void rejectsCountWithSignPointSeparatorOrNonAsciiDigits(String value) {
		assertThat(ValueRules.isCount(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "7.5", "0.25", "1000", "0001000.00", "0", "999.99", "1000.0", "00.5" })
	void hoursAreDigitsWithAtMostTwoDecimalsUpTo1000(String value) {
		assertThat(ValueRules.isHours(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7.555", ".5", "7.", "1e2", "+1", "1000.01", "\uFF11\uFF12", "-1", "1,5", "",
			"10000", "1001", "7.5.5", "7,5", " 7" })
	void rejectsHoursWithTooManyDecimalsSignsExponentsOrAbove1000(String value) {
		assertThat(ValueRules.isHours(value)).isFalse();
	}

	@Test
	void hoursAreKeptExactlyInHundredths() {
		assertThat(ValueRules.hundredths("7.5")).isEqualTo(750);
		assertThat(ValueRules.hundredths("0.25")).isEqualTo(25);
		assertThat(ValueRules.hundredths("0001000.00")).isEqualTo(100_000);
		assertThat(ValueRules.hundredths("99999999999999999999999")).isEqualTo(-1);
	}

	@Test
	void dateIsARealCalendarDate() {
		assertThat(ValueRules.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ValueRules.date("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(ValueRules.date("2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31",
			"2024/03/01", "20240101", "1899-12-31", "2101-01-01", "\uFF12\uFF10\uFF12\uFF14-01-01", "2024-1-1",
			"24-01-01", "2024-01-01T00:00", "+2024-01-01", "1900-02-29", "" })
	void rejectsImpossibleOrMisWrittenDatesAndYearsOutside1900To2100(String value) {
		assertThat(ValueRules.date(value)).isNull();
	}

}
