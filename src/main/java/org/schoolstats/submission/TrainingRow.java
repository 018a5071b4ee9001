package org.schoolstats.submission;

import java.time.LocalDate;

import org.schoolstats.csv.Codes;

/** One training row: one teacher in one programme (section 1.3). Hours are kept in hundredths, exactly. */
public record TrainingRow(String schoolCode, String teacherId, String programCode, String programName,
		ProgramLevel level, LocalDate startDate, LocalDate endDate, long hoursHundredths,
		TrainingResult result) implements SubmittedRow {

	static TrainingRow of(String[] v) {
		return new TrainingRow(v[0], v[1], v[2], v[3], Codes.parse(ProgramLevel.class, v[4]), ValueRules.date(v[5]),
				ValueRules.date(v[6]), ValueRules.hundredths(v[7]), Codes.parse(TrainingResult.class, v[8]));
	}

	public boolean isCompleted() {
		return this.result == TrainingResult.COMPLETED;
	}

	@Override
	public String outOfPeriod(Period period) {
		if (!startsInPeriod(period)) {
			return "start_date " + this.startDate + " is outside the period " + period + " (" + period.first()
					+ " to " + period.last() + ")";
		}
		return null;
	}

	boolean startsInPeriod(Period period) {
		return period.contains(this.startDate);
	}

	@Override
	public String inconsistency() {
		if (!endsOnOrAfterStart()) {
			return "end_date " + this.endDate + " is before start_date " + this.startDate;
		}
		return null;
	}

	boolean endsOnOrAfterStart() {
		return !this.endDate.isBefore(this.startDate);
	}

}
