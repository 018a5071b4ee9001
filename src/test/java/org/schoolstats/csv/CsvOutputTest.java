package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract section 3: published files are UTF-8 without a byte-order mark, {@code \n} line ends, RFC 4180 quoting. */
class CsvOutputTest {

	@TempDir
	Path temp;

	@Test
	void writesUtf8WithoutByteOrderMarkAndLfRecordSeparator() throws IOException {
		Path file = this.temp.resolve("out.csv");
		try (CsvOutput out = CsvOutput.create(file, "county_code", "county_name")) {
			out.row("C1", "\u6C5D\u5357\u53BF");
			out.row("C2", "\u00E9\uD840\uDC00");
		}
		byte[] bytes = Files.readAllBytes(file);
		assertThat(bytes).isEqualTo("county_code,county_name\nC1,\u6C5D\u5357\u53BF\nC2,\u00E9\uD840\uDC00\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
	}

	@Test
	void quotesCommasQuotesAndLineBreaksAsRfc4180() throws IOException {
		StringWriter text = new StringWriter();
		try (CsvOutput out = CsvOutput.to(text, "a", "b", "c", "d", "e")) {
			out.row("x,y", "say \"hi\"", "l1\nl2", "c\rd", "plain");
		}
		assertThat(text.toString())
			.isEqualTo("a,b,c,d,e\n\"x,y\",\"say \"\"hi\"\"\",\"l1\nl2\",\"c\rd\",plain\n");
	}

	@Test
	void rowsCountsDataRowsWithoutTheHeader() throws IOException {
		try (CsvOutput out = CsvOutput.to(new StringWriter(), "a")) {
			assertThat(out.rows()).isZero();
			out.row("1");
			out.row("2");
			out.row("3");
			assertThat(out.rows()).isEqualTo(3);
		}
	}

	@Test
	void headerOnlyFileHasOneLine() throws IOException {
		StringWriter text = new StringWriter();
		try (CsvOutput out = CsvOutput.to(text, "school_code", "check")) {
			assertThat(out.rows()).isZero();
		}
		assertThat(text.toString()).isEqualTo("school_code,check\n");
	}

}
