package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Contract sections 1.2 and 1.3: every count up to nine digits and every hours value up to 1000 is read exactly. */
class ValueRulesProperties {

	@Property
	void everyNumberOfAtMostNineDigitsIsACountWithLeadingZerosOrNot(
			@ForAll @IntRange(min = 0, max = 999_999_999) int n, @ForAll @IntRange(min = 0, max = 8) int zeros) {
		String plain = Integer.toString(n);
		assertThat(ValueRules.isCount(plain)).isTrue();
		assertThat(ValueRules.count(plain)).isEqualTo(n);
		String padded = "0".repeat(zeros) + plain;
		assertThat(ValueRules.isCount(padded)).isEqualTo(padded.length() <= 9);
		assertThat(ValueRules.isCount("+" + plain)).isFalse();
		assertThat(ValueRules.isCount(plain + ".0")).isFalse();
	}

	@Property
	void hoursUpTo1000WithTwoDecimalsAreReadExactly(@ForAll @LongRange(min = 0, max = 100_000) long hundredths) {
		String twoDecimals = (hundredths / 100) + "." + String.format("%02d", hundredths % 100);
		assertThat(ValueRules.hundredths(twoDecimals)).isEqualTo(hundredths);
		if (hundredths % 10 == 0) {
			String oneDecimal = (hundredths / 100) + "." + (hundredths % 100) / 10;
			assertThat(ValueRules.hundredths(oneDecimal)).isEqualTo(hundredths);
		}
		assertThat(ValueRules.isHours(twoDecimals + "0")).isFalse();
	}

	@Property
	void hoursAbove1000AreInvalid(@ForAll @LongRange(min = 100_001, max = 100_000_000) long hundredths) {
		String value = (hundredths / 100) + "." + String.format("%02d", hundredths % 100);
		assertThat(ValueRules.isHours(value)).isFalse();
	}

}
