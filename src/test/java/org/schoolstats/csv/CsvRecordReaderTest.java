package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract section 1, "CSV dialect" and line ends, and section 2, {@code MALFORMED_ROW} for unparsable records. */
class CsvRecordReaderTest {

	@Test
	void recordStartsOnTheLineAfterAMultiLineQuotedValue() throws Exception {
		List<RawRecord> records = readAll("h1,h2\n\"a\nb\",c\n\"x\r\n\r\ny\",z\nd,e\n");
		assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L, 4L, 7L);
		assertThat(records.get(1).values()).containsExactly("a\nb", "c");
		assertThat(records.get(3).values()).containsExactly("d", "e");
	}

	@Test
	void crlfLfAndLoneCrEachEndOneLine() throws Exception {
		List<RawRecord> records = readAll("a,1\r\nb,2\nc,3\rd,4\r\n\re,5");
		assertThat(records).extracting((r) -> r.values()[0]).containsExactly("a", "b", "c", "d", "", "e");
		assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@Test
	void lineBreaksInsideQuotedValuesAreKeptAsWrittenAndCounted() throws Exception {
		List<RawRecord> records = readAll("\"x\r\ny\rz\nw\",1\nnext,2\n");
		assertThat(records.get(0).values()).containsExactly("x\r\ny\rz\nw", "1");
		assertThat(records.get(1).line()).as("three line breaks inside, so the next record is on line 5").isEqualTo(5);
	}

	@Test
	void blankLinesAreAllEmptyRecordsThatStillCountAsLines() throws Exception {
		List<RawRecord> records = readAll("a,b\n\n \u3000\t\n,,\nc,d\n");
		assertThat(records).extracting(RawRecord::isAllEmpty).containsExactly(false, true, true, true, false);
		assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void trailingLineEndAddsNoRecord() throws Exception {
		assertThat(readAll("a,b\n")).hasSize(1);
		assertThat(readAll("a,b")).hasSize(1);
		assertThat(readAll("")).isEmpty();
	}

	@Test
	void valuesAreNotTrimmedByTheReader() throws Exception {
		assertThat(readAll(" a ,\tb\u3000\n").get(0).values()).containsExactly(" a ", "\tb\u3000");
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "\t", "\u3000", "x", "\u00A0" })
	void textAfterClosingQuoteIsASyntaxErrorAtTheRecordStart(String after) throws Exception {
		CsvRecordReader reader = reader("h1,h2\nok,1\n\"a\"" + after + ",b\nnever,2\n");
		assertThat(reader.next().line()).isEqualTo(1);
		assertThat(reader.next().line()).isEqualTo(2);
		CsvSyntaxException error = catchThrowableOfType(CsvSyntaxException.class, reader::next);
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.getMessage()).contains("closing quote");
		assertThat(reader.next()).as("nothing after it is read").isNull();
	}

	@Test
	void textAfterClosingQuoteOfMultiLineValueIsReportedAtItsFirstLine() throws Exception {
		CsvRecordReader reader = reader("h1,h2\n\"a\nb\nc\" ,d\nnever,2\n");
		reader.next();
		assertThat(catchThrowableOfType(CsvSyntaxException.class, reader::next).line()).isEqualTo(2);
		assertThat(reader.next()).isNull();
	}

	@Test
	void spaceAfterClosingQuoteAtEndOfLineIsASyntaxError() throws Exception {
		CsvRecordReader reader = reader("h1,h2\na,\"b\" \nnever,2\n");
		reader.next();
		assertThat(catchThrowableOfType(CsvSyntaxException.class, reader::next).line()).isEqualTo(2);
	}

	@Test
	void unterminatedQuoteIsASyntaxErrorAtItsRecordStart() throws Exception {
		CsvRecordReader reader = reader("h1,h2\nok,1\n\"abc,d\ne,f\ng,h\n");
		reader.next();
		reader.next();
		CsvSyntaxException error = catchThrowableOfType(CsvSyntaxException.class, reader::next);
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.getMessage()).contains("never closed");
		assertThat(reader.next()).isNull();
	}

	@Test
	void quoteInsideUnquotedFieldIsAnOrdinaryCharacter() throws Exception {
		assertThat(readAll("ab\"c,d\"\"e,f\"\n").get(0).values()).containsExactly("ab\"c", "d\"\"e", "f\"");
	}

	@Test
	void doubledQuotesInsideQuotedFieldAreOneQuote() throws Exception {
		assertThat(readAll("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n").get(0).values())
			.containsExactly("say \"hi\"", "\"", "");
	}

	@Test
	void quotedFieldMayHoldCommasAndMustStartWithTheQuote() throws Exception {
		assertThat(readAll("\"a,b\", \"c\",\" d \"\n").get(0).values()).containsExactly("a,b", " \"c\"", " d ");
	}

	@Test
	void recordLongerThanTheLimitIsASyntaxErrorInsteadOfGrowingMemory() throws Exception {
		String huge = "\"" + "x".repeat(60_000) + "\n";
		CsvRecordReader reader = new CsvRecordReader(new StringReader("h1,h2\nok,1\n" + huge + "more,2\n"), 20_000);
		assertThat(reader.next().line()).isEqualTo(1);
		assertThat(reader.next().line()).isEqualTo(2);
		CsvSyntaxException error = catchThrowableOfType(CsvSyntaxException.class, reader::next);
		assertThat(error.line()).isEqualTo(3);
		assertThat(reader.next()).isNull();
	}

	@Test
	void recordLengthLimitAppliesToOneRecordNotTheFile() throws Exception {
		String rows = "S1,primary,1,2,3\n".repeat(5_000); // 85,000 characters, each record short
		assertThat(readAll(rows, 1_000)).hasSize(5_000);
	}

	private static CsvRecordReader reader(String text) throws IOException {
		return new CsvRecordReader(new StringReader(text));
	}

	private static List<RawRecord> readAll(String text) throws Exception {
		return readAll(text, CsvRecordReader.MAX_RECORD_CHARS);
	}

	private static List<RawRecord> readAll(String text, long limit) throws Exception {
		List<RawRecord> records = new ArrayList<>();
		try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), limit)) {
			RawRecord record;
			while ((record = reader.next()) != null) {
				records.add(record);
			}
		}
		return records;
	}

}
