package org.schoolstats.submission;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.Header;

/** What the reader hands on for one file: a record, a record from which on the file cannot be parsed, or a whole file that is not read. */
public sealed interface Submitted {

	SubmissionFile file();

	/** The physical line on which the record starts; 1 for a file. */
	long line();

	/**
	 * A data record: how many fields it has against how many the header has, and the values of the contract's
	 * columns in contract order (trimmed and compacted, empty for a column left out or a field the record lacks).
	 * Unknown columns are dropped here, so that a record costs little memory whatever the file holds.
	 */
	record Row(SubmissionFile file, long line, int fields, int headerFields, String[] values) implements Submitted {

		/** The row of a parsed record of a file with this header. */
		public static Row of(SubmissionFile file, long line, String[] record, Header header) {
			String[] values = new String[file.category().columns().size()];
			for (int column = 0; column < values.length; column++) {
				values[column] = Cells.compact(header.raw(record, column));
			}
			return new Row(file, line, record.length, header.width(), values);
		}

	}

	/** The file cannot be parsed from this record on; the rest of the file is not read (section 2). */
	record Unparsable(SubmissionFile file, long line, String problem) implements Submitted {
	}

	/** The file is not read at all: {@code BAD_HEADER} or {@code BAD_ENCODING} (section 1). */
	record RejectedFile(SubmissionFile file, Reason reason, String problem) implements Submitted {

		@Override
		public long line() {
			return 1;
		}

	}

}
