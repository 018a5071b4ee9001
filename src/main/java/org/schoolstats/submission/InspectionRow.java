package org.schoolstats.submission;

import java.time.LocalDate;

import org.schoolstats.csv.Codes;

/** One safety inspection (section 1.4). */
public record InspectionRow(String schoolCode, String inspectionId, LocalDate inspectionDate,
		InspectionCategory category, long hazardsFound, long hazardsRectified, long majorHazards,
		String inspector) implements SubmittedRow {

	static InspectionRow of(String[] v) {
		return new InspectionRow(v[0], v[1], ValueRules.date(v[2]), Codes.parse(InspectionCategory.class, v[3]),
				ValueRules.count(v[4]), ValueRules.count(v[5]), ValueRules.count(v[6]), v[7]);
	}

	@Override
	public String outOfPeriod(Period period) {
		if (!inPeriod(period)) {
			return "inspection_date " + this.inspectionDate + " is outside the period " + period + " ("
					+ period.first() + " to " + period.last() + ")";
		}
		return null;
	}

	boolean inPeriod(Period period) {
		return period.contains(this.inspectionDate);
	}

	@Override
	public String inconsistency() {
		if (!rectifiedWithinFound()) {
			return "hazards_rectified " + this.hazardsRectified + " exceed hazards_found " + this.hazardsFound;
		}
		if (!majorWithinFound()) {
			return "major_hazards " + this.majorHazards + " exceed hazards_found " + this.hazardsFound;
		}
		return null;
	}

	boolean rectifiedWithinFound() {
		return this.hazardsRectified <= this.hazardsFound;
	}

	boolean majorWithinFound() {
		return this.majorHazards <= this.hazardsFound;
	}

}
