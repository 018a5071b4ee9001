package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Contract sections 1 and 3: what CsvOutput writes, CsvRecordReader reads back value for value and line for line. */
class CsvRoundTripProperties {

	@Property(tries = 500)
	void writingThenReadingGivesTheSameValuesOnTheRightLines(@ForAll("tables") List<List<String>> table)
			throws Exception {
		StringWriter text = new StringWriter();
		try (CsvOutput out = CsvOutput.to(text, table.get(0).toArray(String[]::new))) {
			for (List<String> row : table.subList(1, table.size())) {
				out.row(row.toArray(String[]::new));
			}
			assertThat(out.rows()).isEqualTo(table.size() - 1);
		}
		List<RawRecord> records = new ArrayList<>();
		try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text.toString()))) {
			RawRecord record;
			while ((record = reader.next()) != null) {
				records.add(record);
			}
		}
		assertThat(records).hasSameSizeAs(table);
		long line = 1;
		for (int i = 0; i < table.size(); i++) {
			assertThat(Arrays.asList(records.get(i).values())).isEqualTo(table.get(i));
			assertThat(records.get(i).line()).isEqualTo(line);
			line += 1 + table.get(i).stream().mapToLong(CsvRoundTripProperties::lineBreaks).sum();
		}
	}

	@Provide
	Arbitrary<List<List<String>>> tables() {
		Arbitrary<Integer> chars = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(6, CellsProperties.codePoints()),
				net.jqwik.api.Tuple.of(3, Arbitraries.of((int) ',', (int) '"', (int) '\r', (int) '\n', (int) ' ')));
		Arbitrary<String> value = chars.list().ofMaxSize(12).map(CellsProperties::fromCodePoints);
		return Arbitraries.integers().between(1, 6).flatMap((width) -> value.list().ofSize(width).list().ofMinSize(1)
			.ofMaxSize(8));
	}

	/** Physical line ends inside a value: {@code \r\n}, a lone {@code \r} and a lone {@code \n} each count once. */
	private static long lineBreaks(String value) {
		return value.replace("\r\n", "\n").chars().filter((c) -> c == '\r' || c == '\n').count();
	}

}
