package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Contract section 3.1: every printed figure equals the exact value rounded half-up to one decimal. */
class FiguresProperties {

	/**
	 * numerator / denominator rounded half-up to tenths, computed on whole numbers only:
	 * tenths = floor((20 × numerator + denominator) / (2 × denominator)) for numerator × 10 / denominator.
	 */
	private static String exactTenths(BigInteger numerator, BigInteger denominator) {
		BigInteger two = BigInteger.TWO;
		BigInteger tenths = numerator.multiply(BigInteger.valueOf(20))
			.add(denominator)
			.divide(two.multiply(denominator));
		BigInteger[] parts = tenths.divideAndRemainder(BigInteger.TEN);
		return parts[0] + "." + parts[1];
	}

	private static BigInteger big(long value) {
		return BigInteger.valueOf(value);
	}

	@Property
	void percentEqualsTheExactValueRoundedHalfUp(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long part,
			@ForAll @LongRange(min = 1, max = 2_000_000_000L) long whole) {
		assertThat(Figures.percent(part, whole)).isEqualTo(exactTenths(big(part).multiply(big(100)), big(whole)));
	}

	@Property
	void smallPercentagesEqualTheExactValueRoundedHalfUp(@ForAll @LongRange(min = 0, max = 400) long part,
			@ForAll @LongRange(min = 1, max = 400) long whole) {
		// small figures hit exact halves often (1/8, 1/16, 1/40...)
		assertThat(Figures.percent(part, whole)).isEqualTo(exactTenths(big(part).multiply(big(100)), big(whole)));
	}

	@Property
	void ratioEqualsTheExactValueRoundedHalfUp(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long numerator,
			@ForAll @LongRange(min = 1, max = 3000) long denominator) {
		assertThat(Figures.ratio(numerator, denominator)).isEqualTo(exactTenths(big(numerator), big(denominator)));
	}

	@Property
	void hoursEqualTheExactValueRoundedHalfUp(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long hundredths) {
		assertThat(Figures.hours(hundredths)).isEqualTo(exactTenths(big(hundredths), big(100)));
	}

	@Property
	void hoursPerPersonEqualTheExactValueRoundedHalfUp(
			@ForAll @LongRange(min = 0, max = 100_000_000_000L) long hundredths,
			@ForAll @LongRange(min = 1, max = 100_000) long people) {
		assertThat(Figures.hoursPer(hundredths, people))
			.isEqualTo(exactTenths(big(hundredths), big(people).multiply(big(100))));
	}

}
