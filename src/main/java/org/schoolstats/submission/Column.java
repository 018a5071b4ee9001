package org.schoolstats.submission;

/** A column of a submission template and the rule its values follow (sections 1.2 to 1.4). */
public record Column(String name, Kind kind, boolean required, Class<? extends Enum<?>> codes) {

	/** The kinds of value the contract knows. */
	public enum Kind {
		SCHOOL_CODE, TEXT, COUNT, CODE, DATE, HOURS
	}

	static Column schoolCode() {
		return new Column("school_code", Kind.SCHOOL_CODE, true, null);
	}

	static Column text(String name) {
		return new Column(name, Kind.TEXT, true, null);
	}

	static Column optionalText(String name) {
		return new Column(name, Kind.TEXT, false, null);
	}

	static Column count(String name) {
		return new Column(name, Kind.COUNT, true, null);
	}

	static Column code(String name, Class<? extends Enum<?>> codes) {
		return new Column(name, Kind.CODE, true, codes);
	}

	static Column date(String name) {
		return new Column(name, Kind.DATE, true, null);
	}

	static Column hours(String name) {
		return new Column(name, Kind.HOURS, true, null);
	}

}
