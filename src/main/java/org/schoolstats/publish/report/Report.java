package org.schoolstats.publish.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.schoolstats.indicator.Check;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Reason;

/**
 * What {@code report.html} shows (section 3.9), read back from the published tables and nothing else: every figure
 * is the cell as printed in its CSV file (counts with thousands separators), every count of findings or rejects is
 * a count of rows of {@code findings.csv} or {@code rejects.csv}, and the run's facts are those of its manifest.
 */
public record Report(String period, String comparedPeriod, String completedAt, List<Accounting> accounting,
		List<CountyRow> counties, List<Chart> charts, List<Summary> summaries, List<CheckCount> findingTotals,
		List<FindingGroup> findings, List<RejectCount> rejects) {

	/** The figures a county row shows, in the order of the table. */
	static final List<String> KEY_FIGURES = List.of("students_total", "full_time_teachers", "student_teacher_ratio",
			"submission_completeness_pct", "teachers_trained_pct", "hazard_rectification_pct");

	private static final List<String> COUNTS = List.of("students_total", "full_time_teachers");

	/** The figures that are better higher, whose changes get coloured arrows. */
	private static final List<String> RATES = List.of("submission_completeness_pct", "teachers_trained_pct",
			"hazard_rectification_pct");

	/** The arrow beside a change, by its direction (see {@link #direction}). */
	private static final Map<String, String> ARROWS = Map.of("up", "▲", "down", "▼", "same", "＝", "", "");

	/** Checks in the order of section 3.3; a check this build does not know after them, by name. */
	private static final Comparator<String> CHECK_ORDER = byEnum(Check.class, Check::name);

	/** What the manifest says of the run, which the report repeats. */
	public record RunFacts(String period, String comparedPeriod, String completedAt,
			List<CategoryFigures> categories) {
	}

	/** A category's row accounting, as in the manifest. */
	public record CategoryFigures(String category, long rowsRead, long rowsAccepted, long rowsRejected,
			long duplicatesCollapsed) {
	}

	/** Names of the counties of the compared publication's {@code county_indicators.csv}, asked for only if needed. */
	@FunctionalInterface
	public interface EarlierCounties {

		/** The county's name in the compared publication, or empty when it is not there. */
		String nameOf(String countyCode);

	}

	/** A row of the run's accounting. */
	public record Accounting(String category, String zh, String en, long rowsRead, long rowsAccepted,
			long rowsRejected, long duplicatesCollapsed) {
	}

	/**
	 * One key figure of a county: the cell as shown ({@code shown}: a count with thousands separators), and, when a
	 * period is compared, the change as printed in {@code county_changes.csv} with an arrow and its direction
	 * ({@code up}, {@code down}, {@code same}, or empty when there is no change to show), and for a count the change
	 * in percent (empty for the others); {@code null} for each when nothing is compared. {@code css} marks the rates,
	 * whose arrows are coloured (up is better).
	 */
	public record Figure(String cell, String shown, String change, String changePct, String arrow, String direction,
			String css) {
	}

	/** A county's row of the table. */
	public record CountyRow(String code, String name, List<Figure> figures) {
	}

	/** A chart: its id, its title in both languages, and its pages (one SVG each). */
	public record Chart(String id, String zh, String en, List<BarChart.Page> pages) {
	}

	/** A county's summary paragraphs. */
	public record Summary(String code, String name, String zh, String en) {
	}

	/** How many rows of {@code findings.csv} have this check (in a county, or in all). */
	public record CheckCount(String check, String zh, String en, long count) {
	}

	/** A row of {@code findings.csv}, with the school's name from {@code school_status.csv} where it is known. */
	public record FindingRow(String schoolCode, String schoolName, String check, String zh, String en,
			String detail) {
	}

	/**
	 * The findings of one county; {@code leftRegistry} when the county is not in this period's registry (its findings
	 * are of schools that left it, and its name is the compared publication's).
	 */
	public record FindingGroup(String code, String name, boolean leftRegistry, List<CheckCount> counts,
			List<FindingRow> rows) {
	}

	/** How many rows of {@code rejects.csv} have this category and reason. */
	public record RejectCount(String category, String categoryZh, String categoryEn, String reason, String zh,
			String en, long count) {
	}

	/** Whether a period is compared: then the changes are shown. */
	public boolean compared() {
		return this.comparedPeriod != null;
	}

	/**
	 * Reads what the report shows from the published files in a directory.
	 * @param earlier the names of the compared publication's counties, for findings of a county that left the
	 * registry
	 */
	public static Report read(Path directory, RunFacts facts, EarlierCounties earlier) throws IOException {
		List<Map<String, String>> indicators = PublishedTables.rows(directory.resolve("county_indicators.csv"));
		Map<String, Map<String, Map<String, String>>> changes = new HashMap<>();
		for (Map<String, String> row : PublishedTables.rows(directory.resolve("county_changes.csv"))) {
			changes.computeIfAbsent(row.get("county_code"), (code) -> new HashMap<>()).put(row.get("indicator"), row);
		}
		Map<String, String> countyNames = new LinkedHashMap<>();
		indicators.forEach((row) -> countyNames.put(row.get("county_code"), row.get("county_name")));

		List<Accounting> accounting = facts.categories()
			.stream()
			.map((c) -> new Accounting(c.category(), Labels.category(c.category()).zh(),
					Labels.category(c.category()).en(), c.rowsRead(), c.rowsAccepted(), c.rowsRejected(),
					c.duplicatesCollapsed()))
			.toList();
		boolean compared = facts.comparedPeriod() != null;
		List<CountyRow> counties = new ArrayList<>();
		for (Map<String, String> row : indicators) {
			Map<String, Map<String, String>> county = changes.getOrDefault(row.get("county_code"), Map.of());
			List<Figure> figures = KEY_FIGURES.stream()
				.map((column) -> figure(column, row.get(column), compared ? county.getOrDefault(column, Map.of()) : null))
				.toList();
			counties.add(new CountyRow(row.get("county_code"), row.get("county_name"), figures));
		}
		List<Chart> charts = List.of(
				chart("chart-completeness", "报送完整率", "Submission completeness", "submission_completeness_pct",
						indicators, changes, facts),
				chart("chart-rectification", "隐患整改率", "Hazard rectification", "hazard_rectification_pct",
						indicators, changes, facts));
		List<FindingGroup> findings = findings(directory, countyNames, earlier);
		return new Report(facts.period(), facts.comparedPeriod(), facts.completedAt(), accounting, counties, charts,
				summaries(directory, countyNames), findingTotals(findings), findings, rejects(directory));
	}

	/** @param change the county's row of county_changes.csv for the figure, or {@code null} when nothing is compared */
	private static Figure figure(String column, String cell, Map<String, String> change) {
		String shown = COUNTS.contains(column) && cell.matches("[0-9]+")
				? String.format(Locale.ROOT, "%,d", Long.parseLong(cell)) : cell;
		String css = RATES.contains(column) ? "num rate" : "num";
		if (change == null) {
			return new Figure(cell, shown, null, null, null, null, css);
		}
		String difference = change.getOrDefault("change", "");
		String direction = direction(difference);
		return new Figure(cell, shown, difference, change.getOrDefault("change_pct", ""), ARROWS.get(direction),
				direction, css);
	}

	/** Which way a printed change goes: {@code up}, {@code down} or {@code same}; empty for an empty cell. */
	static String direction(String change) {
		if (change == null || change.isEmpty()) {
			return "";
		}
		int sign = new BigDecimal(change).signum();
		return sign > 0 ? "up" : sign < 0 ? "down" : "same";
	}

	private static Chart chart(String id, String zh, String en, String column, List<Map<String, String>> indicators,
			Map<String, Map<String, Map<String, String>>> changes, RunFacts facts) {
		List<BarChart.Row> rows = indicators.stream()
			.map((row) -> new BarChart.Row(row.get("county_code"), row.get("county_name")))
			.toList();
		List<BarChart.Series> series = new ArrayList<>();
		series.add(BarChart.Series.level(facts.period(), zh + "（%） " + en + ", %",
				indicators.stream().map((row) -> row.get(column)).toList(), BigDecimal.valueOf(100)));
		if (facts.comparedPeriod() != null) {
			List<String> cells = indicators.stream()
				.map((row) -> changes.getOrDefault(row.get("county_code"), Map.of())
					.getOrDefault(column, Map.of())
					.getOrDefault("change", ""))
				.toList();
			series.add(BarChart.Series.change("比" + facts.comparedPeriod() + "变化 change since "
					+ facts.comparedPeriod(), "百分点 percentage points", cells));
		}
		return new Chart(id, zh, en, new BarChart("区县 County", rows, series).pages());
	}

	private static List<Summary> summaries(Path directory, Map<String, String> countyNames) throws IOException {
		Map<String, String[]> byCounty = new LinkedHashMap<>();
		for (Map<String, String> row : PublishedTables.rows(directory.resolve("county_summaries.csv"))) {
			String[] texts = byCounty.computeIfAbsent(row.get("county_code"), (code) -> new String[2]);
			texts["zh".equals(row.get("language")) ? 0 : 1] = row.get("summary");
		}
		List<Summary> summaries = new ArrayList<>();
		byCounty.forEach((code, texts) -> summaries.add(new Summary(code, countyNames.getOrDefault(code, ""),
				texts[0] == null ? "" : texts[0], texts[1] == null ? "" : texts[1])));
		return summaries;
	}

	/** The counts per check of all counties together: findings.csv is read once, by {@link #findings}. */
	private static List<CheckCount> findingTotals(List<FindingGroup> groups) {
		Map<String, Long> counts = new TreeMap<>(CHECK_ORDER);
		groups.forEach((group) -> group.counts().forEach((count) -> counts.merge(count.check(), count.count(), Long::sum)));
		return checkCounts(counts);
	}

	private static List<FindingGroup> findings(Path directory, Map<String, String> countyNames,
			EarlierCounties earlier) throws IOException {
		Map<String, String> schoolNames = new HashMap<>();
		PublishedTables.each(directory.resolve("school_status.csv"),
				(row) -> schoolNames.put(row.get("school_code"), row.get("school_name")));
		Map<String, List<FindingRow>> byCounty = new LinkedHashMap<>();
		Map<String, Map<String, Long>> counts = new HashMap<>();
		PublishedTables.each(directory.resolve("findings.csv"), (row) -> {
			String county = row.get("county_code");
			String check = row.get("check");
			Labels.Meaning meaning = Labels.check(check);
			byCounty.computeIfAbsent(county, (code) -> new ArrayList<>())
				.add(new FindingRow(row.get("school_code"), schoolNames.getOrDefault(row.get("school_code"), ""),
						check, meaning.zh(), meaning.en(), row.get("detail")));
			counts.computeIfAbsent(county, (code) -> new TreeMap<>(CHECK_ORDER)).merge(check, 1L, Long::sum);
		});
		List<FindingGroup> groups = new ArrayList<>();
		byCounty.forEach((county, rows) -> {
			boolean left = !countyNames.containsKey(county);
			String name = left ? earlier.nameOf(county) : countyNames.get(county);
			groups.add(new FindingGroup(county, name, left, checkCounts(counts.get(county)), rows));
		});
		return groups;
	}

	private static List<CheckCount> checkCounts(Map<String, Long> counts) {
		List<CheckCount> list = new ArrayList<>();
		counts.forEach((check, count) -> list.add(new CheckCount(check, Labels.check(check).zh(),
				Labels.check(check).en(), count)));
		return list;
	}

	private static List<RejectCount> rejects(Path directory) throws IOException {
		Map<List<String>, Long> counts = new TreeMap<>(Comparator
			.comparing((List<String> key) -> key.get(0), byEnum(Category.class, (c) -> c.folder()))
			.thenComparing((key) -> key.get(1), byEnum(Reason.class, Reason::name)));
		PublishedTables.each(directory.resolve("rejects.csv"),
				(row) -> counts.merge(List.of(row.get("category"), row.get("reason")), 1L, Long::sum));
		List<RejectCount> list = new ArrayList<>();
		counts.forEach((key, count) -> list.add(new RejectCount(key.get(0), Labels.category(key.get(0)).zh(),
				Labels.category(key.get(0)).en(), key.get(1), Labels.reason(key.get(1)).zh(),
				Labels.reason(key.get(1)).en(), count)));
		return list;
	}

	/** Codes in the order of an enum's constants; codes it does not know after them, by name. */
	private static <E extends Enum<E>> Comparator<String> byEnum(Class<E> type, Function<E, String> code) {
		Map<String, Integer> order = new HashMap<>();
		for (E constant : type.getEnumConstants()) {
			order.put(code.apply(constant), constant.ordinal());
		}
		return Comparator.comparing((String value) -> order.getOrDefault(value, Integer.MAX_VALUE))
			.thenComparing(Comparator.naturalOrder());
	}

}
