package org.schoolstats.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.Codes;
import org.schoolstats.registry.School;
import org.schoolstats.submission.EnrollmentRow;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.Stage;

/**
 * One row of {@code findings.csv}: a missing return, an implausible figure, or a change since the compared period at
 * one school (section 3.3).
 */
public record Finding(String countyCode, String schoolCode, Check check, String detail) {

	public static final List<String> HEADER = List.of("county_code", "school_code", "check", "detail");

	/** By county, then school, then check in table order; a school's large or oversized stages in stage order. */
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
		totals.crowded.stream()
			.sorted(Comparator.comparing(SchoolTotals.CrowdedClasses::size).thenComparing(SchoolTotals.CrowdedClasses::stage))
			.forEach((row) -> findings.add(crowded(county, school.code(), row)));
		return findings;
	}

	private static Finding crowded(String county, String school, SchoolTotals.CrowdedClasses row) {
		String average = "stage " + code(row.stage()) + " has " + row.students() + " students in " + row.classes()
				+ " classes, " + Figures.averageCut(row.students(), row.classes()) + " per class on average";
		if (row.size() == EnrollmentRow.ClassSize.OVERSIZED) {
			return new Finding(county, school, Check.OVERSIZED_CLASSES,
					average + ": 66 or more per class (超大班额)");
		}
		return new Finding(county, school, Check.LARGE_CLASSES,
				average + ": at least 56 and under 66 per class (大班额)");
	}

	/**
	 * The findings of section 5: schools whose students or teachers changed much since the compared period, and
	 * schools that came into or left the registry. Only when the compared publication has school figures.
	 *
	 * @param schools this run's registry schools with their totals
	 */
	public static List<Finding> comparedWith(PreviousPeriod previous, Iterable<SchoolTotals> schools, Period period) {
		List<Finding> findings = new ArrayList<>();
		if (previous == null || !previous.hasSchools()) {
			return findings;
		}
		Set<String> registered = new HashSet<>();
		for (SchoolTotals totals : schools) {
			School school = totals.school();
			registered.add(school.code());
			PreviousPeriod.School before = previous.schools().get(school.code());
			if (before == null) {
				findings.add(new Finding(school.countyCode(), school.code(), Check.NEW_IN_REGISTRY,
						"in the " + period.label() + " registry but not in the school_indicators.csv published for "
								+ previous.label()));
				continue;
			}
			String[] now = SchoolIndicators.cells(totals);
			changed(findings, school, Check.STUDENTS_CHANGED, "students_total", before.studentsTotal(),
					now[SchoolIndicators.STUDENTS_TOTAL], 30, 5, previous.label(), period.label());
			changed(findings, school, Check.TEACHERS_CHANGED, "full_time_teachers", before.fullTimeTeachers(),
					now[SchoolIndicators.FULL_TIME_TEACHERS], 3, 4, previous.label(), period.label());
		}
		previous.schools().forEach((code, before) -> {
			if (!registered.contains(code)) {
				findings.add(new Finding(before.countyCode(), code, Check.LEFT_REGISTRY,
						"in the school_indicators.csv published for " + previous.label() + " (county "
								+ before.countyCode() + ") but not in the " + period.label() + " registry"));
			}
		});
		return findings;
	}

	/**
	 * A change of at least {@code least} that is also more than 1/{@code share} of the earlier figure
	 * ({@code share} × |change| > earlier), when the figure is reported in both periods.
	 */
	private static void changed(List<Finding> findings, School school, Check check, String column, String earlier,
			String current, long least, long share, String earlierLabel, String currentLabel) {
		BigDecimal before = Figures.number(earlier);
		BigDecimal now = Figures.number(current);
		if (before == null || now == null) {
			return;
		}
		BigDecimal change = now.subtract(before);
		BigDecimal size = change.abs();
		if (size.compareTo(BigDecimal.valueOf(least)) < 0
				|| size.multiply(BigDecimal.valueOf(share)).compareTo(before) <= 0) {
			return;
		}
		String percent = Figures.changePercent(size.toPlainString(), earlier);
		findings.add(new Finding(school.countyCode(), school.code(), check,
				column + " changed from " + earlier + " in " + earlierLabel + " to " + current + " in " + currentLabel
						+ ", " + size.toPlainString() + (change.signum() > 0 ? " more" : " fewer")
						+ (percent.isEmpty() ? "" : " (" + percent + "%)")));
	}

	private static String code(Stage stage) {
		return Codes.code(stage);
	}

	public String[] cells() {
		return new String[] { this.countyCode, this.schoolCode, this.check.name(), Cells.protect(this.detail) };
	}

}
