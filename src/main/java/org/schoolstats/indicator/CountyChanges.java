package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code county_changes.csv} for one county (section 3.8): eleven indicators, each with this run's cell,
 * the compared publication's cell, the change worked out from the two printed figures and, for the three counts,
 * the change in percent. Rates change in percentage points.
 */
public final class CountyChanges {

	public static final List<String> HEADER = List.of("county_code", "indicator", "previous", "current", "change",
			"change_pct");

	/** The indicators in the order of the file; the first three are counts. */
	public static final List<String> INDICATORS = List.of("schools_registered", "students_total",
			"full_time_teachers", "student_teacher_ratio", "avg_class_size", "dropout_rate_pct",
			"teachers_trained_pct", "training_hours_per_teacher", "inspection_coverage_pct",
			"hazard_rectification_pct", "submission_completeness_pct");

	private static final int COUNTS = 3;

	/** One row: an indicator of a county now and then. */
	public record Change(String countyCode, String indicator, String previous, String current, String change,
			String changePct) {

		public String[] cells() {
			return new String[] { this.countyCode, this.indicator, this.previous, this.current, this.change,
					this.changePct };
		}

	}

	private CountyChanges() {
	}

	/**
	 * @param previous the compared publication, or {@code null} when nothing is compared: then only {@code current}
	 * is filled in
	 */
	public static List<Change> of(CountyIndicators row, PreviousPeriod previous) {
		List<Change> changes = new ArrayList<>(INDICATORS.size());
		for (int i = 0; i < INDICATORS.size(); i++) {
			String indicator = INDICATORS.get(i);
			boolean count = i < COUNTS;
			String current = row.cell(indicator);
			String before = previous == null ? "" : previous.cell(row.countyCode(), indicator);
			String change = Figures.change(current, before, count);
			changes.add(new Change(row.countyCode(), indicator, before, current, change,
					count ? Figures.changePercent(change, before) : ""));
		}
		return changes;
	}

}
