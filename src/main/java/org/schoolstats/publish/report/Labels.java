package org.schoolstats.publish.report;

import java.util.Map;

/**
 * What the codes of the publication mean, in Chinese and English, for the people who read {@code report.html}
 * (section 3.9): categories, checks of {@code findings.csv} and reject reasons. A code not listed here (from a later
 * build) is shown as its code alone. No label holds a figure: the only numbers on the page are the published ones.
 */
final class Labels {

	/** A code's meaning in both languages. */
	record Meaning(String zh, String en) {
	}

	private static final Meaning UNKNOWN = new Meaning("", "");

	private static final Map<String, Meaning> CATEGORIES = Map.of(
			"enrollment", new Meaning("学生与班级", "Enrollment"),
			"teacher_training", new Meaning("教师培训", "Teacher training"),
			"safety_inspections", new Meaning("安全检查", "Safety inspections"));

	private static final Map<String, Meaning> CHECKS = Map.of(
			"MISSING_ENROLLMENT", new Meaning("未报送学生数据", "no enrollment return accepted"),
			"MISSING_TRAINING", new Meaning("未报送教师培训数据", "no training return accepted"),
			"MISSING_INSPECTION", new Meaning("未报送安全检查数据", "no inspection return accepted"),
			"TRAINED_EXCEEDS_STAFF", new Meaning("培训教师数超过专任教师数", "more teachers trained than on the staff"),
			"LARGE_CLASSES", new Meaning("大班额", "large classes"),
			"OVERSIZED_CLASSES", new Meaning("超大班额", "oversized classes"),
			"STUDENTS_CHANGED", new Meaning("在校学生数变化较大", "number of students changed sharply"),
			"TEACHERS_CHANGED", new Meaning("专任教师数变化较大", "number of teachers changed sharply"),
			"NEW_IN_REGISTRY", new Meaning("新列入学校名册", "new in the registry"),
			"LEFT_REGISTRY", new Meaning("已不在学校名册", "no longer in the registry"));

	private static final Map<String, Meaning> REASONS = Map.of(
			"MALFORMED_ROW", new Meaning("行格式错误", "malformed row"),
			"MISSING_FIELD", new Meaning("必填项为空", "a required value is empty"),
			"INVALID_VALUE", new Meaning("取值不符合规则", "a value breaks its rule"),
			"UNKNOWN_SCHOOL", new Meaning("学校代码不在名册中", "school not in the registry"),
			"OUT_OF_PERIOD", new Meaning("日期不在统计期内", "date outside the period"),
			"INCONSISTENT", new Meaning("数据前后矛盾", "figures contradict each other"),
			"DUPLICATE_CONFLICT", new Meaning("重复报送且内容不一致", "conflicting resubmission"),
			"BAD_HEADER", new Meaning("表头有误，整个文件未读取", "bad header: file not read"),
			"BAD_ENCODING", new Meaning("编码无法识别，整个文件未读取", "unknown encoding: file not read"));

	private Labels() {
	}

	static Meaning category(String code) {
		return CATEGORIES.getOrDefault(code, UNKNOWN);
	}

	static Meaning check(String code) {
		return CHECKS.getOrDefault(code, UNKNOWN);
	}

	static Meaning reason(String code) {
		return REASONS.getOrDefault(code, UNKNOWN);
	}

}
