package org.schoolstats.submission;

import org.schoolstats.csv.Header;

/** What the reader hands on for one file: a record, a record from which on the file cannot be parsed, or a whole file that is not read. */
public sealed interface Submitted {

	SubmissionFile file();

	/** The physical line on which the record starts; 1 for a file. */
	long line();

	/** A data record with the header of its file (values untrimmed). */
	record Row(SubmissionFile file, long line, String[] values, Header header) implements Submitted {
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
