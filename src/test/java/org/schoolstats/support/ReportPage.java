package org.schoolstats.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

import tools.jackson.databind.JsonNode;

/**
 * {@code report.html} (contract section 3.9) parsed as a browser would (jsoup), and held against the tables published
 * beside it, read here independently of the job: every county's figures and changes, the charts' bars, the
 * summaries, the findings and rejects counted from the CSV files, the run's facts from the manifest; that the page
 * loads nothing from outside and has no script; and that every number on it is a published figure, a count of rows
 * or an axis tick.
 */
public final class ReportPage {

	/** The key figures of the county table, in its order; the first two are counts. */
	public static final List<String> KEY_FIGURES = List.of("students_total", "full_time_teachers",
			"student_teacher_ratio", "submission_completeness_pct", "teachers_trained_pct", "hazard_rectification_pct");

	/** A word with a digit in it: a figure, or a code such as {@code C1} or {@code 431302}. */
	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*([.,][0-9]+)*");

	private final Path published;

	private final String html;

	private final Document document;

	private ReportPage(Path published) {
		this.published = published;
		this.html = Published.text(published.resolve(Published.REPORT));
		this.document = Jsoup.parse(this.html);
	}

	/** The report of a published period directory. */
	public static ReportPage of(Path published) {
		return new ReportPage(published);
	}

	public Document document() {
		return this.document;
	}

	public String html() {
		return this.html;
	}

	/** The row of the county table for a county code. */
	public Element countyRow(String countyCode) {
		return this.document.selectFirst("table.counties tr[data-county=" + cssString(countyCode) + "]");
	}

	/** The group of findings of a county. */
	public Element findingsOf(String countyCode) {
		return this.document.selectFirst("article.county-findings[data-county=" + cssString(countyCode) + "]");
	}

	/** The panels (one {@code g} each) of every page of a chart, page after page. */
	public List<List<Element>> chartPages(String chartId) {
		List<List<Element>> pages = new ArrayList<>();
		for (Element svg : this.document.select("#" + chartId + " svg")) {
			pages.add(svg.children().stream().filter((child) -> child.tagName().equals("g")).toList());
		}
		return pages;
	}

	/**
	 * Holds the whole page against the publication it sits in.
	 * @param earlier the compared publication, for the names of counties that left the registry; {@code null} when
	 * nothing was compared
	 */
	public void assertShowsThePublication(Path earlier) {
		assertSelfContained();
		assertRunFacts();
		assertCountyTable();
		assertCharts();
		assertSummaries();
		assertFindings(earlier);
		assertRejects();
		assertEveryNumberIsPublished();
	}

	/** UTF-8 declared, Chinese with English, no script, nothing loaded from outside the file. */
	public void assertSelfContained() {
		assertThat(this.html).startsWith("<!DOCTYPE html>");
		assertThat(this.html).contains("<meta charset=\"utf-8\">");
		assertThat(this.document.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(this.document.select("[lang=en]")).as("English alongside").isNotEmpty();
		String lower = this.html.toLowerCase(Locale.ROOT);
		assertThat(this.document.select("script")).as("no script element").isEmpty();
		assertThat(lower).doesNotContain("<script").doesNotContain("url(").doesNotContain("@font-face")
			.doesNotContain("@import");
		assertThat(this.document.select("link, img, image, iframe, frame, object, embed, base, source, video, audio, "
				+ "track, use, picture, portal, input, form")).as("nothing that loads or submits").isEmpty();
		Set<String> ids = new HashSet<>();
		this.document.select("[id]").forEach((element) -> ids.add(element.id()));
		for (Element element : this.document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as("attribute of <%s>", element.tagName())
					.isNotIn("src", "srcset", "xlink:href", "background", "poster", "data", "action", "formaction",
							"ping", "manifest")
					.doesNotStartWith("on");
				assertThat(attribute.getValue().toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
				if (name.equals("href")) {
					assertThat(element.tagName()).as("only plain links have href").isEqualTo("a");
					String target = attribute.getValue();
					if (target.startsWith("#")) {
						assertThat(ids).as("in-page link " + target).contains(target.substring(1));
					}
					else {
						assertThat(target).as("a link to a file of this publication").isIn(Published.FILES);
					}
				}
			}
		}
	}

	/** The period, the compared period, the completion time and the row accounting, as in the manifest. */
	public void assertRunFacts() {
		JsonNode manifest = manifest();
		assertThat(text("#period b")).isEqualTo(manifest.get("period").asString());
		JsonNode previous = manifest.get("previous");
		if (previous.isNull()) {
			assertThat(text("#compared b")).doesNotContainPattern("[0-9]");
		}
		else {
			assertThat(text("#compared b")).isEqualTo(previous.get("period").asString());
		}
		String completedAt = manifest.get("completed_at").asString();
		assertThat(text("#completed time")).isEqualTo(completedAt);
		assertThat(this.document.selectFirst("#completed time").attr("datetime")).isEqualTo(completedAt);
		List<String> categories = new ArrayList<>();
		manifest.get("categories").propertyNames().forEach((category) -> {
			categories.add(category);
			Elements cells = this.document.select("#accounting tr[data-category=" + category + "] td");
			JsonNode figures = manifest.get("categories").get(category);
			assertThat(cells.eachText()).as(category).containsExactly(figures.get("rows_read").asString(),
					figures.get("rows_accepted").asString(), figures.get("rows_rejected").asString(),
					figures.get("duplicates_collapsed").asString());
		});
		assertThat(this.document.select("#accounting tr[data-category]").eachAttr("data-category"))
			.containsExactlyElementsOf(categories);
	}

	/**
	 * Every county in county_code order with its name and six figures as printed (counts perhaps with thousands
	 * separators), and each change exactly as its county_changes.csv cell when a period is compared.
	 */
	public void assertCountyTable() {
		List<Map<String, String>> counties = Published.rows(this.published.resolve("county_indicators.csv"));
		Map<String, String> changes = changeCells();
		boolean compared = !manifest().get("previous").isNull();
		assertThat(this.document.select("table.counties tbody tr").eachAttr("data-county"))
			.containsExactlyElementsOf(counties.stream().map((row) -> row.get("county_code")).toList());
		for (Map<String, String> county : counties) {
			String code = county.get("county_code");
			Element row = countyRow(code);
			assertThat(row.selectFirst("td.code").text()).isEqualTo(code);
			assertThat(row.selectFirst("th").wholeText()).isEqualTo(county.get("county_name"));
			Elements figures = row.select("td.num");
			assertThat(figures).as(code).hasSize(KEY_FIGURES.size());
			for (int i = 0; i < KEY_FIGURES.size(); i++) {
				String column = KEY_FIGURES.get(i);
				String cell = county.get(column);
				String shown = figures.get(i).selectFirst("span.v").text();
				if (i < 2) {
					assertThat(shown.replace(",", "")).as(code + " " + column).isEqualTo(cell);
					assertThat(shown).as(code + " " + column + ": thousands separators where any")
						.isIn(cell, withSeparators(cell));
				}
				else {
					assertThat(shown).as(code + " " + column).isEqualTo(cell);
				}
				Element change = figures.get(i).selectFirst("span.d");
				if (compared) {
					assertThat(change).as(code + " " + column + " change").isNotNull();
					assertThat(change.text()).as(code + " " + column + " change")
						.isEqualTo(changes.get(code + " " + column));
				}
				else {
					assertThat(change).as("no change without a compared period").isNull();
				}
			}
		}
	}

	/**
	 * The charts of submission completeness and hazard rectification: one bar per figure carrying its cell, "no data"
	 * for each empty cell, an axis from zero with a title; and, when a period is compared, the changes on an axis
	 * through zero.
	 */
	public void assertCharts() {
		List<Map<String, String>> counties = Published.rows(this.published.resolve("county_indicators.csv"));
		Map<String, String> changes = changeCells();
		boolean compared = !manifest().get("previous").isNull();
		assertChart("chart-completeness", "submission_completeness_pct", counties, changes, compared);
		assertChart("chart-rectification", "hazard_rectification_pct", counties, changes, compared);
	}

	private void assertChart(String id, String column, List<Map<String, String>> counties,
			Map<String, String> changes, boolean compared) {
		List<List<Element>> pages = chartPages(id);
		assertThat(pages).as(id).isNotEmpty();
		List<String> names = new ArrayList<>();
		List<String> levels = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		int noData = 0;
		int noChange = 0;
		for (int p = 0; p < pages.size(); p++) {
			Element svg = this.document.select("#" + id + " svg").get(p);
			svg.select("> text:not(.head) > title").forEach((title) -> names.add(title.text()));
			List<Element> panels = pages.get(p);
			assertThat(panels).as(id + ": a figure, and its change when compared").hasSize(compared ? 2 : 1);
			Element level = panels.get(0);
			assertThat(level.select("text.tick").first().text()).as(id + ": the axis starts at zero").isEqualTo("0");
			assertThat(level.selectFirst("text.axis-title").text()).as(id + ": a labelled axis").isNotBlank();
			levels.addAll(level.select("text.value").eachText());
			noData += level.select("text.nodata").size();
			if (compared) {
				Element change = panels.get(1);
				assertThat(change.select("text.tick").eachText()).as(id + ": the change axis runs through zero")
					.contains("0");
				assertThat(change.select("line.zero")).hasSize(1);
				assertThat(change.selectFirst("text.axis-title").text()).contains("percentage points");
				changed.addAll(change.select("text.value").eachText());
				noChange += change.select("text.nodata").size();
			}
		}
		assertThat(names).as(id + ": every county, in order")
			.containsExactlyElementsOf(counties.stream().map((row) -> row.get("county_code") + " " + row.get("county_name")).map(String::strip).toList());
		List<String> cells = counties.stream().map((row) -> row.get(column)).toList();
		assertThat(levels).as(id + ": a bar per figure, carrying its cell")
			.containsExactlyElementsOf(cells.stream().filter((cell) -> !cell.isEmpty()).toList());
		assertThat(noData).as(id + ": no data for each empty cell").isEqualTo(cells.stream().filter(String::isEmpty).count());
		if (compared) {
			List<String> changeCells = counties.stream()
				.map((row) -> changes.get(row.get("county_code") + " " + column))
				.toList();
			assertThat(changed).containsExactlyElementsOf(changeCells.stream().filter((c) -> !c.isEmpty()).toList());
			assertThat(noChange).isEqualTo(changeCells.stream().filter(String::isEmpty).count());
		}
	}

	/** Both summaries of every county, as text, in county order. */
	public void assertSummaries() {
		Map<String, Map<String, String>> summaries = new LinkedHashMap<>();
		for (Map<String, String> row : Published.rows(this.published.resolve("county_summaries.csv"))) {
			summaries.computeIfAbsent(row.get("county_code"), (code) -> new LinkedHashMap<>())
				.put(row.get("language"), row.get("summary"));
		}
		Elements articles = this.document.select("#summaries article");
		assertThat(articles.eachAttr("data-county")).containsExactlyElementsOf(summaries.keySet());
		for (Element article : articles) {
			Map<String, String> county = summaries.get(article.attr("data-county"));
			assertThat(article.selectFirst("p[lang=zh-CN]").wholeText()).isEqualTo(county.get("zh"));
			assertThat(article.selectFirst("p[lang=en]").wholeText()).isEqualTo(county.get("en"));
		}
	}

	/**
	 * The findings grouped by county in the order of findings.csv, each county named (from the compared publication
	 * when it left the registry), with the count of each check equal to counting its rows, and every row.
	 */
	public void assertFindings(Path earlier) {
		Map<String, String> names = countyNames(this.published);
		Map<String, String> earlierNames = earlier == null ? Map.of() : countyNames(earlier);
		Map<String, List<Map<String, String>>> byCounty = new LinkedHashMap<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		for (Map<String, String> row : Published.rows(this.published.resolve("findings.csv"))) {
			byCounty.computeIfAbsent(row.get("county_code"), (code) -> new ArrayList<>()).add(row);
			totals.merge(row.get("check"), 1L, Long::sum);
		}
		assertThat(this.document.select("article.county-findings").eachAttr("data-county"))
			.containsExactlyElementsOf(byCounty.keySet());
		Map<String, Long> shownTotals = new LinkedHashMap<>();
		this.document.select("#finding-totals tr[data-check]")
			.forEach((tr) -> shownTotals.put(tr.attr("data-check"), Long.parseLong(tr.selectFirst("td.num").text())));
		assertThat(shownTotals).isEqualTo(totals);
		byCounty.forEach((county, rows) -> {
			Element group = findingsOf(county);
			String heading = group.selectFirst("h3").text();
			if (names.containsKey(county)) {
				assertThat(heading).contains(names.get(county));
				assertThat(group.select(".badge")).isEmpty();
			}
			else {
				assertThat(earlierNames).as(county + " is named in the compared publication").containsKey(county);
				assertThat(heading).contains(earlierNames.get(county));
				assertThat(group.selectFirst(".badge").text()).contains("no longer in the registry");
			}
			Map<String, Long> counts = new LinkedHashMap<>();
			rows.forEach((row) -> counts.merge(row.get("check"), 1L, Long::sum));
			Map<String, Long> shown = new LinkedHashMap<>();
			group.select("ul.counts li").forEach((li) -> shown.put(li.attr("data-check"), Long.parseLong(li.selectFirst("b").text())));
			assertThat(shown).as(county + ": counts per check").isEqualTo(counts);
			Elements trs = group.select("tbody tr");
			assertThat(trs).hasSize(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				Elements cells = trs.get(i).select("td");
				assertThat(cells.get(0).text()).isEqualTo(rows.get(i).get("school_code"));
				assertThat(cells.get(2).selectFirst("code").text()).isEqualTo(rows.get(i).get("check"));
				assertThat(cells.get(3).wholeText()).isEqualTo(rows.get(i).get("detail"));
			}
		});
	}

	/** The rejects counted by category and reason, equal to counting the rows of rejects.csv, and a pointer to it. */
	public void assertRejects() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map<String, String> row : Published.rows(this.published.resolve("rejects.csv"))) {
			counts.merge(row.get("category") + " " + row.get("reason"), 1L, Long::sum);
		}
		Map<String, Long> shown = new LinkedHashMap<>();
		this.document.select("#reject-counts tr[data-reason]")
			.forEach((tr) -> shown.put(tr.attr("data-category") + " " + tr.attr("data-reason"),
					Long.parseLong(tr.selectFirst("td.num").text())));
		assertThat(shown).containsExactlyInAnyOrderEntriesOf(counts);
		assertThat(this.document.select("#rejects a[href=rejects.csv]")).isNotEmpty();
	}

	/**
	 * Every piece of text holding a digit is a published cell (a count perhaps with thousands separators, a change
	 * perhaps with its arrow), a figure of the manifest, a count of findings or rejects, or an axis tick; a text that
	 * is none of these may hold only the period labels and registry codes.
	 */
	public void assertEveryNumberIsPublished() {
		Set<String> whole = new HashSet<>();
		Set<String> tokens = new HashSet<>();
		for (String file : Published.CSV_FILES) {
			for (List<String> row : Published.dataRows(this.published.resolve(file))) {
				for (String cell : row) {
					whole.add(cell);
					whole.add(withSeparators(cell));
				}
			}
		}
		for (String file : List.of("county_indicators.csv", "school_status.csv", "findings.csv")) {
			for (Map<String, String> row : Published.rows(this.published.resolve(file))) {
				tokens.add(row.get("county_code"));
				tokens.add(row.getOrDefault("school_code", ""));
			}
		}
		JsonNode manifest = manifest();
		tokens.add(manifest.get("period").asString());
		whole.add(manifest.get("completed_at").asString());
		if (!manifest.get("previous").isNull()) {
			tokens.add(manifest.get("previous").get("period").asString());
		}
		manifest.get("categories").forEach((figures) -> figures.forEach((figure) -> whole.add(figure.asString())));
		this.document.select("ul.counts b, #finding-totals td.num, #reject-counts td.num")
			.forEach((count) -> whole.add(count.text()));
		this.document.select("svg text.tick").forEach((tick) -> whole.add(tick.text()));
		List<String> unpublished = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				String value = text.getWholeText().strip();
				if (!value.matches("(?s).*[0-9].*")) {
					return;
				}
				String bare = value.replaceAll("^[(（]\\s*|%?\\s*[)）]$", "");
				if (whole.contains(value) || whole.contains(bare)) {
					return;
				}
				Matcher numbers = NUMBER.matcher(value);
				while (numbers.find()) {
					if (!tokens.contains(numbers.group())) {
						unpublished.add(value);
						break;
					}
				}
			}
		}, this.document.body());
		assertThat(unpublished).as("texts with a number that is neither a published figure, a count of rows nor a tick")
			.isEmpty();
	}

	private String text(String css) {
		Element element = this.document.selectFirst(css);
		assertThat(element).as(css).isNotNull();
		return element.text();
	}

	private JsonNode manifest() {
		return Published.json(this.published.resolve("manifest.json"));
	}

	/** county_changes.csv's change cells by "county_code indicator". */
	private Map<String, String> changeCells() {
		Map<String, String> changes = new LinkedHashMap<>();
		for (Map<String, String> row : Published.rows(this.published.resolve("county_changes.csv"))) {
			changes.put(row.get("county_code") + " " + row.get("indicator"), row.get("change"));
		}
		return changes;
	}

	private static Map<String, String> countyNames(Path publication) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Map<String, String> row : Published.rows(publication.resolve("county_indicators.csv"))) {
			names.put(row.get("county_code"), row.get("county_name"));
		}
		return names;
	}

	/** A count written with thousands separators ({@code 24310} as {@code 24,310}); anything else as it is. */
	public static String withSeparators(String cell) {
		return cell.matches("[0-9]+") ? String.format(Locale.ROOT, "%,d", Long.parseLong(cell)) : cell;
	}

	private static String cssString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
