package org.schoolstats.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one published CSV file (section 3): UTF-8 without a byte-order mark, {@code \n} line endings (Commons
 * CSV's RFC 4180 format would end records with {@code \r\n}), RFC 4180 quoting and a header row. Counts its data
 * rows for the manifest.
 */
public final class CsvOutput implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setRecordSeparator("\n")
		.setQuoteMode(QuoteMode.MINIMAL)
		.get();

	private final CSVPrinter printer;

	private long rows;

	private CsvOutput(Writer writer, String... header) throws IOException {
		this.printer = new CSVPrinter(writer, FORMAT);
		this.printer.printRecord((Object[]) header);
	}

	public static CsvOutput create(Path file, String... header) throws IOException {
		return new CsvOutput(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
	}

	public static CsvOutput to(Writer writer, String... header) throws IOException {
		return new CsvOutput(writer, header);
	}

	public void row(String... cells) {
		try {
			this.printer.printRecord((Object[]) cells);
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
