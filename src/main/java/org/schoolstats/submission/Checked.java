package org.schoolstats.submission;

/** The fate of one record after the row rules: accepted for reconciliation, or rejected with a reason. */
public sealed interface Checked {

	int fileIndex();

	long line();

	/** Values in contract column order, trimmed, codes as their code (a label too), optional columns left out as empty. */
	record Accepted(int fileIndex, long line, String[] values) implements Checked {

		public String schoolCode() {
			return this.values[0];
		}

	}

	/** {@code schoolCode} is as written (trimmed), cut to 64 characters, empty when unknown. */
	record Rejected(int fileIndex, long line, String schoolCode, Reason reason, String detail) implements Checked {
	}

}
