package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.schoolstats.csv.Header;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.RowChecker;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.submission.Submitted;
import org.schoolstats.support.TestInbox;

/**
 * Builds accepted records the way the read step does: raw CSV fields in file column order go through the real
 * {@link RowChecker}, so values are trimmed and codes lower-cased exactly as they are when staged.
 */
final class CheckedRows {

	private final RowChecker checker;

	private final List<String> paths = new ArrayList<>();

	CheckedRows(Path inbox) {
		TestInbox.in(inbox);
		this.checker = new RowChecker(Registry.load(inbox), Period.parse("2024"));
	}

	/** Registers a file of the category; its index is its place in processing order. */
	int file(String path) {
		this.paths.add(path);
		return this.paths.size() - 1;
	}

	String path(int fileIndex) {
		return this.paths.get(fileIndex);
	}

	/** The record, checked as the read step checks it; it must pass the row rules. */
	Checked.Accepted accepted(Category category, int fileIndex, long line, String... fieldsInContractOrder) {
		SubmissionFile file = new SubmissionFile(category, fileIndex, this.paths.get(fileIndex), "0".repeat(64), 0,
				TextEncoding.UTF_8, null);
		String[] header = category.columnNames().toArray(String[]::new);
		Header mapped = Header.match(header, category.columnNames(), category.optionalColumns());
		Checked checked = this.checker.process(Submitted.Row.of(file, line, fieldsInContractOrder, mapped));
		assertThat(checked).as("the fixture record must pass the row rules").isInstanceOf(Checked.Accepted.class);
		return (Checked.Accepted) checked;
	}

}
