package org.schoolstats.submission;

/** Why a record (or a whole file) is rejected, in the order the rules are checked (section 2). */
public enum Reason {

	MALFORMED_ROW, MISSING_FIELD, INVALID_VALUE, UNKNOWN_SCHOOL, OUT_OF_PERIOD, INCONSISTENT, DUPLICATE_CONFLICT,

	/** About a file, not a record: it counts towards no row figure (section 1). */
	BAD_HEADER,

	/** About a file, not a record: it counts towards no row figure (section 1). */
	BAD_ENCODING;

	public boolean isAboutFile() {
		return this == BAD_HEADER || this == BAD_ENCODING;
	}

}
