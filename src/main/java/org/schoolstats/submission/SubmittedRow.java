package org.schoolstats.submission;

/**
 * A submitted row whose values passed the value rules, typed, with the rules of its category that look at more
 * than one value (sections 1.2 to 1.4).
 */
public sealed interface SubmittedRow permits EnrollmentRow, TrainingRow, InspectionRow {

	String schoolCode();

	/** Why a date of the row lies outside the period ({@code OUT_OF_PERIOD}), or {@code null}. */
	String outOfPeriod(Period period);

	/** Which consistency rule the row breaks ({@code INCONSISTENT}), or {@code null}. */
	String inconsistency();

}
