package org.schoolstats.submission;

import java.io.Closeable;
import java.io.IOException;
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

	private TextFile.Opened opened;

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
				finish();
				return null;
			}
			return Submitted.Row.of(this.file, record.line(), record.values(), this.header);
		}
		catch (CsvSyntaxException ex) {
			finishQuietly();
			return new Submitted.Unparsable(this.file, ex.line(), ex.getMessage());
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private void finishQuietly() {
		try {
			finish();
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private UnreadableFileException unreadable(IOException ex) {
		return new UnreadableFileException(this.file.path(), Inbox.describe(ex), ex);
	}

	private Submitted start() throws IOException {
		if (this.file.encoding() == TextEncoding.UNKNOWN) {
			this.done = true;
			return new Submitted.RejectedFile(this.file, Reason.BAD_ENCODING, this.file.encodingProblem());
		}
		this.opened = TextFile.openHashed(this.path, this.file.encoding());
		this.records = new CsvRecordReader(this.opened.reader());
		RawRecord first;
		try {
			do {
				first = this.records.next();
			}
			while (first != null && first.isAllEmpty());
		}
		catch (CsvSyntaxException ex) {
			finish();
			return new Submitted.RejectedFile(this.file, Reason.BAD_HEADER,
					"the header cannot be parsed: " + ex.getMessage() + "; the file is not read");
		}
		if (first == null) {
			finish(); // no header at all: listed in the manifest with rows_read 0, nothing else
			return null;
		}
		Category category = this.file.category();
		this.header = Header.match(first.values(), category.columnNames(), category.optionalColumns());
		if (this.header.problem() != null) {
			finish();
			return new Submitted.RejectedFile(this.file, Reason.BAD_HEADER, this.header.problem());
		}
		return next();
	}

	/**
	 * The file has given all it will: its bytes, as read, must be those the scan inspected at the start of the run,
	 * whose SHA-256 the manifest records (a school may upload a new version while the run reads).
	 */
	private void finish() throws IOException {
		this.done = true;
		if (!this.opened.sha256().equals(this.file.sha256())) {
			throw new FileChangedException(this.file.path());
		}
	}

	@Override
	public void close() throws IOException {
		if (this.records != null) {
			this.records.close();
		}
	}

}
