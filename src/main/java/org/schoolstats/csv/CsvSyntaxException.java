package org.schoolstats.csv;

/** The file cannot be parsed from the record starting at {@link #line()} on (section 2, {@code MALFORMED_ROW}). */
public class CsvSyntaxException extends Exception {

	private final long line;

	public CsvSyntaxException(long line, String message) {
		super(message);
		this.line = line;
	}

	public long line() {
		return this.line;
	}

}
