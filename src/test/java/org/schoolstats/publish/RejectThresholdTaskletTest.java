package org.schoolstats.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Contract section 4: a category fails the run when its rejected records exceed N % of its rows_read. */
class RejectThresholdTaskletTest {

	private static boolean exceeds(long rejected, long read, String limit) {
		return RejectThresholdTasklet.exceeds(rejected, read, new BigDecimal(limit));
	}

	@Test
	void exactlyTheLimitDoesNotExceedIt() {
		assertThat(exceeds(10, 100, "10")).isFalse();
		assertThat(exceeds(1, 10, "10")).isFalse();
		assertThat(exceeds(1, 40, "2.5")).isFalse();
	}

	@Test
	void moreThanTheLimitExceedsIt() {
		assertThat(exceeds(11, 100, "10")).isTrue();
		assertThat(exceeds(101, 1000, "10")).isTrue();
		assertThat(exceeds(2, 40, "2.5")).isTrue();
	}

	@Test
	void decimalLimitsAreComparedExactly() {
		assertThat(exceeds(25, 1000, "2.5")).isFalse();
		assertThat(exceeds(26, 1000, "2.5")).isTrue();
		// 1 of 3 is 33.333...%: more than 33.3, not more than 33.34
		assertThat(exceeds(1, 3, "33.3")).isTrue();
		assertThat(exceeds(1, 3, "33.34")).isFalse();
		// 1 of 1001 is 0.0999..%, which would print as 0.1 but does not exceed 0.1
		assertThat(exceeds(1, 1001, "0.1")).isFalse();
		assertThat(exceeds(1, 999, "0.1")).isTrue();
	}

	@Test
	void zeroAllowsNoRejectedRecord() {
		assertThat(exceeds(0, 100, "0")).isFalse();
		assertThat(exceeds(1, 100, "0")).isTrue();
		assertThat(exceeds(1, 1_000_000_000, "0")).isTrue();
	}

	@Test
	void oneHundredAllowsEveryRecordToBeRejected() {
		assertThat(exceeds(100, 100, "100")).isFalse();
		assertThat(exceeds(1, 1, "100")).isFalse();
	}

	@Test
	void aCategoryWithNoRowsReadNeverExceeds() {
		assertThat(exceeds(0, 0, "0")).isFalse();
		assertThat(exceeds(0, 0, "10")).isFalse();
		assertThat(exceeds(0, 0, "100")).isFalse();
	}

}
