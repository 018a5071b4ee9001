package org.schoolstats.indicator;

import java.util.Map;

import org.schoolstats.submission.Period;

/**
 * The figures of the earlier publication a run compares with (section 5), as that publication printed them: its
 * period, its {@code county_indicators.csv} (each county's cells by column name) and, when it published one, its
 * {@code school_indicators.csv}.
 *
 * @param counties the cells of each county's row, by {@code county_code}
 * @param schools the earlier school rows by {@code school_code}, or {@code null} when that publication had no
 * {@code school_indicators.csv} (it was made before the file existed): then it is compared by county only
 */
public record PreviousPeriod(Period period, Map<String, Map<String, String>> counties,
		Map<String, School> schools) {

	/** A school's earlier row: its county then, and the cells the section-5 checks look at. */
	public record School(String countyCode, String studentsTotal, String fullTimeTeachers) {
	}

	public String label() {
		return this.period.label();
	}

	/** The earlier cell of a county's column; empty when the county or the cell is not there. */
	public String cell(String countyCode, String column) {
		Map<String, String> row = this.counties.get(countyCode);
		return row == null ? "" : row.getOrDefault(column, "");
	}

	public boolean hasCounty(String countyCode) {
		return this.counties.containsKey(countyCode);
	}

	/** Whether the school-level checks of section 5 apply. */
	public boolean hasSchools() {
		return this.schools != null;
	}

}
