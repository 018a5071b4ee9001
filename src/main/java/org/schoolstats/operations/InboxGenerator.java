package org.schoolstats.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.schoolstats.csv.CsvOutput;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Period;

/**
 * Writes a realistic, clean inbox of any size for demonstrations and the benchmark: a registry, and one file per
 * school per category, every third county's files in a sub-folder named after the county, Chinese names and quoted
 * text with commas. The same settings and seed always give the same bytes.
 */
final class InboxGenerator {

	private static final String[] SYLLABLES = { "青", "山", "河", "西", "东", "南", "北", "安", "平", "宁", "阳", "城",
			"江", "湖", "林", "口", "溪", "桥", "兴", "华", "丰", "泰", "和", "顺", "长", "乐", "新", "源", "石", "岭" };

	private static final String[][] PROGRAMMES = { { "GP", "国培计划：乡村教师能力提升", "national" },
			{ "SP", "省级骨干教师培训，第二期", "provincial" }, { "MP", "市级班主任工作研修", "municipal" },
			{ "CT", "县级新课标解读与教学设计", "county" }, { "CT", "信息技术应用能力提升工程2.0, 整校推进", "county" },
			{ "XB", "校本研修：作业设计与课堂评价", "school" }, { "XB", "校本研修：心理健康教育，专题一", "school" },
			{ "XB", "\"双减\"背景下的课后服务", "school" } };

	private static final String[] INSPECTION_CATEGORIES = { "building", "fire", "food", "traffic", "other" };

	private static final String[] RESULTS = { "completed", "completed", "completed", "completed", "completed",
			"completed", "completed", "completed", "in_progress", "not_completed" };

	private final int counties;

	private final int schoolsPerCounty;

	private final int teachersPerSchool;

	private final int trainingsPerTeacher;

	private final int inspectionsPerSchool;

	private final Period period;

	private final SplittableRandom random;

	InboxGenerator(int counties, int schoolsPerCounty, int teachersPerSchool, int trainingsPerTeacher,
			int inspectionsPerSchool, Period period, long seed) {
		this.counties = counties;
		this.schoolsPerCounty = schoolsPerCounty;
		this.teachersPerSchool = teachersPerSchool;
		this.trainingsPerTeacher = trainingsPerTeacher;
		this.inspectionsPerSchool = inspectionsPerSchool;
		this.period = period;
		this.random = new SplittableRandom(seed);
	}

	private record School(String code, String name, String county, String countyName, String type) {
	}

	/** @return the number of data rows written into the three categories */
	long writeTo(Path inbox) throws IOException {
		Files.createDirectories(inbox);
		List<School> schools = new ArrayList<>();
		try (CsvOutput registry = CsvOutput.create(inbox.resolve("schools.csv"), "school_code", "school_name",
				"county_code", "county_name", "school_type", "locality", "ownership")) {
			for (int c = 0; c < this.counties; c++) {
				String county = String.format("43%04d", c + 1);
				String countyName = SYLLABLES[c % SYLLABLES.length] + SYLLABLES[(c / SYLLABLES.length + 7 * c + 3) % SYLLABLES.length]
						+ (c % 3 == 0 ? "区" : "县");
				for (int s = 0; s < this.schoolsPerCounty; s++) {
					String type = pick(new String[] { "primary", "primary", "primary", "junior_secondary",
							"senior_secondary", "kindergarten", "vocational", "combined" });
					String code = county + String.format("%04d", s + 1);
					String name = countyName + SYLLABLES[s % SYLLABLES.length] + switch (type) {
						case "primary" -> "第" + (s + 1) + "小学";
						case "junior_secondary" -> "第" + (s + 1) + "中学";
						case "senior_secondary" -> "实验高级中学（" + (s + 1) + "）";
						case "kindergarten" -> "中心幼儿园，" + (s + 1) + "分园";
						case "vocational" -> "职业技术学校";
						default -> "九年一贯制学校";
					};
					School school = new School(code, name, county, countyName, type);
					schools.add(school);
					registry.row(code, name, county, countyName, type, this.random.nextInt(3) == 0 ? "rural" : "urban",
							this.random.nextInt(6) == 0 ? "private" : "public");
				}
			}
		}
		long rows = 0;
		for (int i = 0; i < schools.size(); i++) {
			School school = schools.get(i);
			String folder = (i / this.schoolsPerCounty) % 3 == 0 ? school.countyName() + "/" : "";
			rows += enrollment(file(inbox, Category.ENROLLMENT, folder, school), school);
			rows += training(file(inbox, Category.TEACHER_TRAINING, folder, school), school);
			rows += inspections(file(inbox, Category.SAFETY_INSPECTIONS, folder, school), school);
		}
		return rows;
	}

	private static Path file(Path inbox, Category category, String folder, School school) throws IOException {
		Path file = inbox.resolve(category.folder()).resolve(folder + school.code() + ".csv");
		Files.createDirectories(file.getParent());
		return file;
	}

	private long enrollment(Path file, School school) throws IOException {
		String[] stages = switch (school.type()) {
			case "kindergarten" -> new String[] { "preschool" };
			case "junior_secondary" -> new String[] { "junior" };
			case "senior_secondary" -> new String[] { "senior" };
			case "vocational" -> new String[] { "vocational" };
			case "combined" -> new String[] { "primary", "junior" };
			default -> new String[] { "primary" };
		};
		try (CsvOutput out = CsvOutput.create(file, Category.ENROLLMENT.columnNames().toArray(String[]::new))) {
			int teachersLeft = this.teachersPerSchool;
			for (int s = 0; s < stages.length; s++) {
				int teachers = s == stages.length - 1 ? teachersLeft : this.teachersPerSchool / stages.length;
				teachersLeft -= teachers;
				int students = teachers * (12 + this.random.nextInt(8));
				int classes = Math.max(1, students / (35 + this.random.nextInt(15)));
				int female = students * (460 + this.random.nextInt(40)) / 1000;
				out.row(school.code(), stages[s], n(classes), n(students - female), n(female), n(students / 6),
						n(students / 6 - this.random.nextInt(10)), n(this.random.nextInt(4)), n(this.random.nextInt(12)),
						n(students * this.random.nextInt(25) / 100), n(teachers));
			}
			return stages.length;
		}
	}

	private long training(Path file, School school) throws IOException {
		try (CsvOutput out = CsvOutput.create(file, Category.TEACHER_TRAINING.columnNames().toArray(String[]::new))) {
			for (int t = 1; t <= this.teachersPerSchool; t++) {
				for (int k = 0; k < this.trainingsPerTeacher; k++) {
					String[] programme = PROGRAMMES[(t + 3 * k) % PROGRAMMES.length];
					LocalDate start = day(this.random.nextInt(150));
					int hours = 4 * (1 + this.random.nextInt(12));
					out.row(school.code(), String.format("JS%s-%03d", school.code(), t),
							programme[0] + this.period.year() + "-" + String.format("%02d", (t + k) % 12 + 1),
							programme[1], programme[2], start.toString(), start.plusDays(this.random.nextInt(5)).toString(),
							this.random.nextInt(4) == 0 ? hours + ".5" : Integer.toString(hours), pick(RESULTS));
				}
			}
			return (long) this.teachersPerSchool * this.trainingsPerTeacher;
		}
	}

	private long inspections(Path file, School school) throws IOException {
		try (CsvOutput out = CsvOutput.create(file, Category.SAFETY_INSPECTIONS.columnNames().toArray(String[]::new))) {
			for (int i = 1; i <= this.inspectionsPerSchool; i++) {
				LocalDate date = day(this.random.nextInt(170));
				int found = this.random.nextInt(5);
				int rectified = found - (this.random.nextInt(6) == 0 && found > 0 ? 1 : 0);
				out.row(school.code(), "AQ-" + date + "-" + String.format("%02d", i), date.toString(),
						pick(INSPECTION_CATEGORIES), n(found), n(rectified), n(found > 2 && this.random.nextInt(10) == 0 ? 1 : 0),
						this.random.nextInt(3) == 0 ? "" : "检查组" + SYLLABLES[i % SYLLABLES.length] + "，"
								+ SYLLABLES[(i + 5) % SYLLABLES.length] + "老师");
			}
			return this.inspectionsPerSchool;
		}
	}

	private LocalDate day(int offset) {
		return this.period.first().plusDays(offset);
	}

	private String pick(String[] options) {
		return options[this.random.nextInt(options.length)];
	}

	private static String n(int value) {
		return Integer.toString(value);
	}

}
