package org.schoolstats.csv;

/** One CSV record as parsed (values untrimmed) with the physical line on which it starts, counting from 1. */
public record RawRecord(long line, String[] values) {

	/** A record whose values are all empty after trimming is skipped and not counted (section 1). */
	public boolean isAllEmpty() {
		for (String value : this.values) {
			if (!Cells.isEmpty(value)) {
				return false;
			}
		}
		return true;
	}

	public int size() {
		return this.values.length;
	}

}
