package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Contract section 2: a staged value reads back with every character it had, whatever was read before it. */
class StagedValuesTest {

	@Test
	void theSameBytesGiveTheSameString() {
		StagedValues values = new StagedValues(16);
		byte[] staged = bytes("xxprovincialxx");
		String first = values.value(staged, 2, 10);
		assertThat(first).isEqualTo("provincial");
		assertThat(values.value(bytes("provincial"), 0, 10)).isSameAs(first);
	}

	@Test
	void valuesSharingASlotEachReadBackAsThemselves() {
		StagedValues values = new StagedValues(1); // every value lands in the one slot
		assertThat(values.value(bytes("\u5E02\u7EA7"), 0, 6)).isEqualTo("\u5E02\u7EA7");
		assertThat(values.value(bytes("county"), 0, 6)).isEqualTo("county");
		assertThat(values.value(bytes("\u5E02\u7EA7"), 0, 6)).isEqualTo("\u5E02\u7EA7");
		assertThat(values.value(bytes("countx"), 0, 6)).isEqualTo("countx");
		assertThat(values.value(bytes(""), 0, 0)).isEmpty();
	}

	@Test
	void aLongerValueWithTheSamePrefixIsNotTakenForAShorterOne() {
		StagedValues values = new StagedValues(1);
		byte[] staged = bytes("2024-03-01");
		assertThat(values.value(staged, 0, 10)).isEqualTo("2024-03-01");
		assertThat(values.value(staged, 0, 7)).isEqualTo("2024-03");
		assertThat(values.value(staged, 0, 10)).isEqualTo("2024-03-01");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
