package org.schoolstats.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Holds Commons CSV to the contract's strict RFC 4180 (section 1, "CSV dialect").
 * <p>
 * Commons CSV quietly accepts whitespace (a space, a tab, U+3000...) between a closing quote and the next comma,
 * where the contract wants {@code MALFORMED_ROW}. It reads ahead in blocks, so throwing here would blame the wrong
 * record. Instead this reader follows the same quoting state as the parser and turns such a whitespace character
 * into a letter, which the parser then rejects at exactly the record where it occurs.
 * <p>
 * It also bounds memory: a record longer than {@code maxRecordChars} (in practice an unterminated quote in a large
 * file) fails the read instead of growing one value without limit.
 */
final class StrictQuoteReader extends FilterReader {

	enum Problem {
		NONE, TEXT_AFTER_CLOSING_QUOTE, UNTERMINATED_QUOTE, RECORD_TOO_LONG
	}

	/** The read failed because one record grew beyond the limit. */
	static final class RecordTooLongException extends IOException {

		RecordTooLongException(long limit) {
			super("record longer than " + limit + " characters");
		}

	}

	private static final int FIELD_START = 0;

	private static final int UNQUOTED = 1;

	private static final int QUOTED = 2;

	private static final int QUOTE_IN_QUOTED = 3;

	private static final int BROKEN = 4;

	private final long maxRecordChars;

	private int state = FIELD_START;

	private long recordChars;

	private Problem problem = Problem.NONE;

	StrictQuoteReader(Reader in, long maxRecordChars) {
		super(in);
		this.maxRecordChars = maxRecordChars;
	}

	Problem problem() {
		return this.problem;
	}

	@Override
	public int read() throws IOException {
		char[] one = new char[1];
		return read(one, 0, 1) < 0 ? -1 : one[0];
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = this.in.read(buffer, offset, length);
		if (n < 0) {
			if (this.state == QUOTED && this.problem == Problem.NONE) {
				this.problem = Problem.UNTERMINATED_QUOTE;
			}
			return n;
		}
		// The state lives in locals for the loop: this runs for every character of every file.
		int state = this.state;
		long recordChars = this.recordChars;
		for (int i = offset; i < offset + n && state != BROKEN; i++) {
			char c = buffer[i];
			if (++recordChars > this.maxRecordChars) {
				this.state = BROKEN;
				this.problem = Problem.RECORD_TOO_LONG;
				throw new RecordTooLongException(this.maxRecordChars);
			}
			switch (state) {
				case FIELD_START -> {
					if (c == '"') {
						state = QUOTED;
					}
					else if (c == '\r' || c == '\n') {
						recordChars = 0;
					}
					else if (c != ',') {
						state = UNQUOTED;
					}
				}
				case UNQUOTED -> {
					if (c == ',') {
						state = FIELD_START;
					}
					else if (c == '\r' || c == '\n') {
						state = FIELD_START;
						recordChars = 0;
					}
				}
				case QUOTED -> {
					if (c == '"') {
						state = QUOTE_IN_QUOTED;
					}
				}
				default -> { // QUOTE_IN_QUOTED: a doubled quote, or the closing quote and what follows it
					if (c == '"') {
						state = QUOTED;
					}
					else if (c == ',') {
						state = FIELD_START;
					}
					else if (c == '\r' || c == '\n') {
						state = FIELD_START;
						recordChars = 0;
					}
					else {
						state = BROKEN;
						this.problem = Problem.TEXT_AFTER_CLOSING_QUOTE;
						// Commons CSV would skip whitespace here; a letter makes it fail on this very record.
						if (Character.isWhitespace(c)) {
							buffer[i] = 'x';
						}
					}
				}
			}
		}
		this.state = state;
		this.recordChars = recordChars;
		return n;
	}

}
