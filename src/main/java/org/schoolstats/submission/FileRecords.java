package org.schoolstats.submission;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

import org.schoolstats.csv.CsvRecordReader;
import org.schoolstats.csv.CsvSyntaxException;
import org.schoolstats.csv.Header;
import org.schoolstats.csv.RawRecord;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.csv.TextFile;

/**
 * Walks one submission file: its header, then its data records, skipping records whose values are all empty
 * (section 1). Yields {@code null} when the file has nothing more to give.
 */
final class FileRecords implements Closeable {

	private final SubmissionFile file;

	private final Path path;

	private CsvRecordReader records;

	private Header header;

	private boolean done;

	FileRecords(Path inputDirectory, SubmissionFile file) {
		this.file = file;
		this.path = inputDirectory.resolve(file.path());
	}

	Submitted next() {
		if (this.done) {
			return null;
		}
		try {
			if (this.records == null) {
				return start();
			}
			RawRecord record;
			do {
				record = this.records.next();
			}
			while (record != null && record.isAllEmpty());
			if (record == null) {
				this.done = true;
				return null;
			}
			return Submitted.Row.of(this.file, record.line(), record.values(), this.header);
		}
		catch (CsvSyntaxException ex) {
			this.done = true;
			return new Submitted.Unparsable(this.file, ex.line(), ex.getMessage());
		}
		catch (IOException ex) {
			throw new UnreadableFileException(this.file.path(), Inbox.describe(ex), ex);
		}
	}

	private Submitted start() throws IOException {
		if (this.file.encoding() == TextEncoding.UNKNOWN) {
			this.done = true;
			return new Submitted.RejectedFile(this.file, Reason.BAD_ENCODING, this.file.encodingProblem());
		}
		Reader reader = TextFile.open(this.path, this.file.encoding());
		this.records = new CsvRecordReader(reader);
		RawRecord first;
		try {
			do {
				first = this.records.next();
			}
			while (first != null && first.isAllEmpty());
		}
		catch (CsvSyntaxException ex) {
			this.done = true;
			return new Submitted.RejectedFile(this.file, Reason.BAD_HEADER,
					"the header cannot be parsed: " + ex.getMessage() + "; the file is not read");
		}
		if (first == null) {
			this.done = true; // no header at all: listed in the manifest with rows_read 0, nothing else
			return null;
		}
		Category category = this.file.category();
		this.header = Header.match(first.values(), category.columnNames(), category.optionalColumns());
		if (this.header.problem() != null) {
			this.done = true;
			return new Submitted.RejectedFile(this.file, Reason.BAD_HEADER, this.header.problem());
		}
		return next();
	}

	@Override
	public void close() throws IOException {
		if (this.records != null) {
			this.records.close();
		}
	}

}
