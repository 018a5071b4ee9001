package org.schoolstats.indicator;

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

	/** A count with thousands separators and the noun in singular or plural: "24,310 students", "1 school". */
	private static String en(long count, String noun) {
		return thousands(count) + " " + (count == 1 ? noun : noun + "s");
	}

	private static String thousands(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

}
