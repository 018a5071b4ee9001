package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract section 1.5: {@code YYYY}, {@code YYYY-H1} or {@code YYYY-H2}, both ends inclusive. */
class PeriodTest {

	@Test
	void yearRunsFromFirstJanuaryToThirtyFirstDecemberInclusive() {
		Period year = Period.parse("2024");
		assertThat(year.first()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(year.last()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(year.contains(LocalDate.of(2024, 1, 1))).isTrue();
		assertThat(year.contains(LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(year.contains(LocalDate.of(2023, 12, 31))).isFalse();
		assertThat(year.contains(LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(year.toString()).isEqualTo("2024");
	}

	@Test
	void firstHalfRunsFromFirstJanuaryToThirtiethJuneInclusive() {
		Period h1 = Period.parse("2024-H1");
		assertThat(h1.first()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(h1.last()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(h1.contains(LocalDate.of(2024, 6, 30))).isTrue();
		assertThat(h1.contains(LocalDate.of(2024, 7, 1))).isFalse();
	}

	@Test
	void secondHalfRunsFromFirstJulyToThirtyFirstDecemberInclusive() {
		Period h2 = Period.parse("2024-H2");
		assertThat(h2.first()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(h2.last()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(h2.contains(LocalDate.of(2024, 7, 1))).isTrue();
		assertThat(h2.contains(LocalDate.of(2024, 6, 30))).isFalse();
		assertThat(h2.contains(LocalDate.of(2024, 12, 31))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-H3", "24", "2024-h1", "2024H1", "", " 2024", "2024 ", "2024-H", "2024-1",
			"\uFF12\uFF10\uFF12\uFF14", "02024", "2024-H1-H2", "2024-Q1" })
	void rejectsAnythingElse(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text)).withMessageContaining("YYYY");
	}

	@Test
	void rejectsMissingPeriod() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(null));
	}

}
