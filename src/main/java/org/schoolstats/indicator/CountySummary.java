package org.schoolstats.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.schoolstats.submission.Period;

/**
 * The paragraph of {@code county_summaries.csv} for one county, in English and in Chinese, in the manner of a
 * bureau's work report, built from the county's row of the indicator table (section 3.2). Counts carry thousands
 * separators in English and none in Chinese; ratios and percentages are quoted exactly as in the table; a figure
 * whose cell is empty is left out of the sentence.
 */
public final class CountySummary {

	public static final List<String> HEADER = List.of("county_code", "language", "summary");

	private CountySummary() {
	}

	public static String english(CountyIndicators row, Period period) {
		return english(row, period, null, List.of());
	}

	/**
	 * @param previous the compared publication, or {@code null} when nothing is compared
	 * @param changes the county's rows of {@code county_changes.csv}
	 */
	public static String english(CountyIndicators row, Period period, PreviousPeriod previous,
			List<CountyChanges.Change> changes) {
		return englishWithoutChanges(row, period) + englishChanges(row, previous, changes);
	}

	private static String englishWithoutChanges(CountyIndicators row, Period period) {
		String when = switch (period.half()) {
			case 1 -> "In the first half of " + period.year();
			case 2 -> "In the second half of " + period.year();
			default -> "In " + period.year();
		};
		if (!row.anyAcceptedRows()) {
			return "No returns were received from " + row.countyName() + " for " + period.label() + ": none of its "
					+ en(row.schoolsRegistered(), "registered school")
					+ " sent an enrollment, teacher training or safety inspection return that could be accepted, so "
					+ thousands(row.schoolsIncomplete()) + " still have to submit all three returns, and the figures "
					+ "stand at 0 students, 0 full-time teachers, 0 training person-times, 0 safety inspections and "
					+ "0 hazards found.";
		}
		StringBuilder text = new StringBuilder(when).append(", ")
			.append(row.countyName())
			.append(" had ")
			.append(en(row.schoolsRegistered(), "registered school"))
			.append(" with ")
			.append(en(row.studentsTotal(), "student"))
			.append(" and ")
			.append(en(row.fullTimeTeachers(), "full-time teacher"));
		if (!row.studentTeacherRatio().isEmpty()) {
			text.append(", a student-teacher ratio of ").append(row.studentTeacherRatio()).append(" to 1");
		}
		text.append(". Teachers completed ").append(en(row.trainingRecords(), "training person-time"));
		if (!row.teachersTrainedPct().isEmpty()) {
			text.append(", and ")
				.append(row.teachersTrainedPct())
				.append("% of full-time teachers finished at least one programme");
		}
		text.append(". Schools carried out ")
			.append(en(row.inspections(), "safety inspection"))
			.append(" and found ")
			.append(en(row.hazardsFound(), "hazard"));
		if (!row.hazardRectificationPct().isEmpty()) {
			text.append(", of which ").append(row.hazardRectificationPct()).append("% have been rectified");
		}
		text.append('.');
		if (row.schoolsIncomplete() > 0) {
			text.append(' ')
				.append(en(row.schoolsIncomplete(), "school"))
				.append(" of ")
				.append(thousands(row.schoolsRegistered()))
				.append(row.schoolsIncomplete() == 1 ? " has" : " have")
				.append(" not yet submitted all three returns.");
		}
		else {
			text.append(" Every school submitted all three returns.");
		}
		return text.toString();
	}

	public static String chinese(CountyIndicators row, Period period) {
		return chinese(row, period, null, List.of());
	}

	/**
	 * @param previous the compared publication, or {@code null} when nothing is compared
	 * @param changes the county's rows of {@code county_changes.csv}
	 */
	public static String chinese(CountyIndicators row, Period period, PreviousPeriod previous,
			List<CountyChanges.Change> changes) {
		return chineseWithoutChanges(row, period) + chineseChanges(row, previous, changes);
	}

	private static String chineseWithoutChanges(CountyIndicators row, Period period) {
		String when = switch (period.half()) {
			case 1 -> period.year() + "年上半年";
			case 2 -> period.year() + "年下半年";
			default -> period.year() + "年";
		};
		if (!row.anyAcceptedRows()) {
			return when + "，" + row.countyName() + "未收到任何报表：登记在册的" + row.schoolsRegistered()
					+ "所学校均未报送可采用的学生、教师培训或安全检查数据，在校学生0人，专任教师0人，教师培训0人次，安全检查0次，排查隐患0处，"
					+ row.schoolsIncomplete() + "所学校均需补报三类报表。";
		}
		StringBuilder text = new StringBuilder(when).append("，")
			.append(row.countyName())
			.append("共有登记学校")
			.append(row.schoolsRegistered())
			.append("所，在校学生")
			.append(row.studentsTotal())
			.append("人，专任教师")
			.append(row.fullTimeTeachers())
			.append("人");
		if (!row.studentTeacherRatio().isEmpty()) {
			text.append("，生师比").append(row.studentTeacherRatio()).append(":1");
		}
		text.append("。期内完成教师培训").append(row.trainingRecords()).append("人次");
		if (!row.teachersTrainedPct().isEmpty()) {
			text.append("，").append(row.teachersTrainedPct()).append("%的专任教师至少完成一项培训");
		}
		text.append("。各校开展安全检查").append(row.inspections()).append("次，排查隐患").append(row.hazardsFound()).append("处");
		if (!row.hazardRectificationPct().isEmpty()) {
			text.append("，整改率").append(row.hazardRectificationPct()).append("%");
		}
		text.append("。");
		if (row.schoolsIncomplete() > 0) {
			text.append("另有").append(row.schoolsIncomplete()).append("所学校未报齐三类报表。");
		}
		else {
			text.append("各校均已报齐三类报表。");
		}
		return text.toString();
	}

	/**
	 * How the county moved since the compared period, in the manner of a bureau report: students (the change and the
	 * change in percent), full-time teachers (the change), and the share of teachers trained and the rectification
	 * rate in percentage points; each only where {@code county_changes.csv} has the change.
	 */
	private static String englishChanges(CountyIndicators row, PreviousPeriod previous,
			List<CountyChanges.Change> changes) {
		if (previous == null) {
			return "";
		}
		if (!previous.hasCounty(row.countyCode())) {
			return " The publication for " + previous.label() + " has no figures for " + row.countyName()
					+ " to compare with.";
		}
		List<String> clauses = new ArrayList<>();
		CountyChanges.Change students = change(changes, "students_total");
		if (students != null) {
			clauses.add(moved("the number of students", students.change(), true, "",
					students.changePct().isEmpty() ? "" : " (" + unsigned(students.changePct()) + "%)"));
		}
		CountyChanges.Change teachers = change(changes, "full_time_teachers");
		if (teachers != null) {
			clauses.add(moved("the number of full-time teachers", teachers.change(), true, "", ""));
		}
		CountyChanges.Change trained = change(changes, "teachers_trained_pct");
		if (trained != null) {
			clauses.add(moved("the share of full-time teachers trained", trained.change(), false,
					" percentage points", ""));
		}
		CountyChanges.Change rectified = change(changes, "hazard_rectification_pct");
		if (rectified != null) {
			clauses.add(moved("the hazard rectification rate", rectified.change(), false, " percentage points", ""));
		}
		if (clauses.isEmpty()) {
			return " There is no change to report against " + previous.label() + ".";
		}
		return " Compared with " + previous.label() + ", " + join(clauses) + ".";
	}

	private static String moved(String what, String change, boolean count, String unit, String percent) {
		int sign = Figures.number(change).signum();
		if (sign == 0) {
			return what + " was unchanged";
		}
		String amount = count ? thousands(Long.parseLong(unsigned(change))) : unsigned(change);
		return what + (sign > 0 ? " rose by " : " fell by ") + amount + unit + percent;
	}

	private static String join(List<String> clauses) {
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
	}

	private static String chineseChanges(CountyIndicators row, PreviousPeriod previous,
			List<CountyChanges.Change> changes) {
		if (previous == null) {
			return "";
		}
		String then = chineseLabel(previous.period());
		if (!previous.hasCounty(row.countyCode())) {
			return then + "发布的数据中没有" + row.countyName() + "，无法比较。";
		}
		List<String> clauses = new ArrayList<>();
		CountyChanges.Change students = change(changes, "students_total");
		if (students != null) {
			String percent = students.changePct().isEmpty() ? ""
					: "，" + (Figures.number(students.change()).signum() > 0 ? "增长" : "下降")
							+ unsigned(students.changePct()) + "%";
			clauses.add(chineseMoved("在校学生", students.change(), "增加", "减少", "人",
					Figures.number(students.change()).signum() == 0 ? "" : percent, then));
		}
		CountyChanges.Change teachers = change(changes, "full_time_teachers");
		if (teachers != null) {
			clauses.add(chineseMoved("专任教师", teachers.change(), "增加", "减少", "人", "", then));
		}
		CountyChanges.Change trained = change(changes, "teachers_trained_pct");
		if (trained != null) {
			clauses.add(chineseMoved("专任教师培训比例", trained.change(), "提高", "下降", "个百分点", "", then));
		}
		CountyChanges.Change rectified = change(changes, "hazard_rectification_pct");
		if (rectified != null) {
			clauses.add(chineseMoved("隐患整改率", rectified.change(), "提高", "下降", "个百分点", "", then));
		}
		if (clauses.isEmpty()) {
			return "与" + then + "相比无可比变化。";
		}
		return String.join("；", clauses) + "。";
	}

	private static String chineseMoved(String what, String change, String up, String down, String unit,
			String percent, String then) {
		int sign = Figures.number(change).signum();
		if (sign == 0) {
			return what + "与" + then + "持平";
		}
		return what + "比" + then + (sign > 0 ? up : down) + unsigned(change) + unit + percent;
	}

	/** {@code 2023年}, or the label of a half year as it is ({@code 2023-H1}), so that the label reads literally. */
	private static String chineseLabel(Period period) {
		return period.half() == 0 ? period.label() + "年" : period.label();
	}

	/** The change of an indicator where the table has one. */
	private static CountyChanges.Change change(List<CountyChanges.Change> changes, String indicator) {
		for (CountyChanges.Change change : changes) {
			if (change.indicator().equals(indicator)) {
				return change.change().isEmpty() ? null : change;
			}
		}
		return null;
	}

	private static String unsigned(String figure) {
		return figure.startsWith("-") ? figure.substring(1) : figure;
	}

	/** A count with thousands separators and the noun in singular or plural: "24,310 students", "1 school". */
	private static String en(long count, String noun) {
		return thousands(count) + " " + (count == 1 ? noun : noun + "s");
	}

	private static String thousands(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

}
