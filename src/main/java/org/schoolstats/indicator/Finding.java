package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.schoolstats.csv.Cells;
import org.schoolstats.registry.School;
import org.schoolstats.submission.Stage;

/** One row of {@code findings.csv}: a missing return or an implausible figure at one school (section 3.3). */
public record Finding(String countyCode, String schoolCode, Check check, String detail) {

	public static final List<String> HEADER = List.of("county_code", "school_code", "check", "detail");

	/** By county, then school, then check in table order; a school's oversized stages in stage order. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::countyCode, Cells.UTF8_ORDER)
		.thenComparing(Finding::schoolCode, Cells.UTF8_ORDER)
		.thenComparing(Finding::check);

	/** The findings of one school, in order. */
	public static List<Finding> of(SchoolTotals totals) {
		School school = totals.school();
		List<Finding> findings = new ArrayList<>();
		String county = school.countyCode();
		if (totals.enrollmentRows == 0) {
			findings.add(new Finding(county, school.code(), Check.MISSING_ENROLLMENT,
					"no accepted enrollment row: the school sent no enrollment return, or every row of it was rejected"));
		}
		if (totals.trainingRows == 0) {
			findings.add(new Finding(county, school.code(), Check.MISSING_TRAINING,
					"no accepted teacher training row: the school sent no training return, or every row of it was rejected"));
		}
		if (totals.inspectionRows == 0) {
			findings.add(new Finding(county, school.code(), Check.MISSING_INSPECTION,
					"no accepted safety inspection row: the school sent no inspection return, or every row of it was rejected"));
		}
		if (totals.enrollmentRows > 0 && totals.trainedTeachers > totals.fullTimeTeachers) {
			findings.add(new Finding(county, school.code(), Check.TRAINED_EXCEEDS_STAFF,
					totals.trainedTeachers + " distinct teachers completed training but the enrollment return lists only "
							+ totals.fullTimeTeachers + " full-time teachers"));
		}
		totals.oversized.stream()
			.sorted(Comparator.comparing(SchoolTotals.OversizedClasses::stage))
			.forEach((row) -> findings.add(new Finding(county, school.code(), Check.OVERSIZED_CLASSES,
					"stage " + code(row.stage()) + " has " + row.students() + " students in " + row.classes()
							+ " classes, more than 66 per class (" + Figures.ratio(row.students(), row.classes())
							+ " on average)")));
		return findings;
	}

	private static String code(Stage stage) {
		return org.schoolstats.csv.Codes.code(stage);
	}

	public String[] cells() {
		return new String[] { this.countyCode, this.schoolCode, this.check.name(), Cells.protect(this.detail) };
	}

}
