package org.schoolstats.reconcile;

import java.io.IOException;
import java.nio.file.Path;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.CsvOutput;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;

/** {@code rejects.csv}: one row per rejected record and per file that is not read (section 3.5). */
public final class RejectsFile {

	public static final String NAME = "rejects.csv";

	public static final String[] HEADER = { "category", "source_file", "line", "school_code", "reason", "detail" };

	private RejectsFile() {
	}

	static CsvOutput create(Path file) throws IOException {
		return CsvOutput.create(file, HEADER);
	}

	static void write(CsvOutput out, Category category, String sourceFile, Checked.Rejected reject) {
		out.row(category.folder(), sourceFile, Long.toString(reject.line()),
				Cells.protect(reject.schoolCode()), reject.reason().name(), Cells.protect(reject.detail()));
	}

}
