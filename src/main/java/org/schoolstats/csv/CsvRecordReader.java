package org.schoolstats.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of one decoded CSV file in the contract's dialect (section 1): comma separated, strict
 * RFC 4180 quoting, {@code \r\n}, {@code \n} or a lone {@code \r} ending a line, and the line on which each record
 * starts. After a {@link CsvSyntaxException} the rest of the file is not read.
 */
public final class CsvRecordReader implements Closeable {

	/** Far beyond any real row; an unterminated quote in a large file would otherwise become one huge value. */
	public static final long MAX_RECORD_CHARS = 4_000_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(false)
		.setTrim(false)
		.get();

	private final long maxRecordChars;

	private final StrictQuoteReader strict;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private boolean broken;

	public CsvRecordReader(Reader decoded) throws IOException {
		this(decoded, MAX_RECORD_CHARS);
	}

	/**
	 * @param maxRecordChars the longest record allowed; the check runs as the parser reads ahead (about 8 KB), so a
	 * limit far above that blames the right record
	 */
	CsvRecordReader(Reader decoded, long maxRecordChars) throws IOException {
		this.maxRecordChars = maxRecordChars;
		this.strict = new StrictQuoteReader(decoded, maxRecordChars);
		this.parser = CSVParser.builder().setReader(this.strict).setFormat(FORMAT).get();
		this.records = this.parser.iterator();
	}

	/**
	 * The next record, or {@code null} at the end of the file.
	 * @throws CsvSyntaxException when the file cannot be parsed from the next record on
	 * @throws IOException when the file cannot be read
	 */
	public RawRecord next() throws CsvSyntaxException, IOException {
		if (this.broken) {
			return null;
		}
		// The parser's line count before a record is the number of line ends before it.
		long line = this.parser.getCurrentLineNumber() + 1;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			return new RawRecord(line, this.records.next().values());
		}
		catch (UncheckedIOException ex) {
			IOException cause = ex.getCause();
			if (cause instanceof CSVException || cause instanceof StrictQuoteReader.RecordTooLongException) {
				this.broken = true;
				throw new CsvSyntaxException(line, describe(this.strict.problem()));
			}
			throw cause;
		}
	}

	private String describe(StrictQuoteReader.Problem problem) {
		return switch (problem) {
			case TEXT_AFTER_CLOSING_QUOTE -> "text follows the closing quote of a value (a quoted value must be "
					+ "followed at once by a comma or the end of the line)";
			case RECORD_TOO_LONG -> "the record is longer than " + String.format(Locale.ROOT, "%,d", this.maxRecordChars)
					+ " characters, which usually means a quote that is never closed";
			default -> "a quoted value that starts in this record is never closed (unterminated quote)";
		};
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
