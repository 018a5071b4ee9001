package org.schoolstats.publish.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Section 3.9: the template writes whatever the registry holds as text, in element bodies and in attributes alike,
 * and the page it writes declares its encoding and language, has no script and refers to nothing outside itself.
 */
class ReportWriterTest {

	private static final String NAME = "<img src=x onerror=\"alert(1)\"> & 'quoted' </table>";

	private static Report report(String countyName, String schoolName) {
		BarChart chart = new BarChart("区县 County", List.of(new BarChart.Row("C1", countyName)),
				List.of(BarChart.Series.level("2024", "%", List.of("50.0"), new BigDecimal("100"))));
		Report.Figure figure = new Report.Figure("1", "1", null, null, null, null, "num");
		return new Report("2024", null, "2024-12-31T02:00:13Z",
				List.of(new Report.Accounting("enrollment", "学生与班级", "Enrollment", 3, 2, 1, 0)),
				List.of(new Report.CountyRow("C1", countyName, List.of(figure, figure, figure, figure, figure, figure))),
				List.of(new Report.Chart("chart-completeness", "报送完整率", "Submission completeness", chart.pages())),
				List.of(new Report.Summary("C1", countyName, countyName + "共有学校1所。", "In 2024, " + countyName + " had 1 school.")),
				List.of(new Report.CheckCount("MISSING_TRAINING", "未报送教师培训数据", "no training return accepted", 1)),
				List.of(new Report.FindingGroup("C1", countyName, false,
						List.of(new Report.CheckCount("MISSING_TRAINING", "未报送教师培训数据", "no training return accepted", 1)),
						List.of(new Report.FindingRow("S1", schoolName, "MISSING_TRAINING", "未报送教师培训数据",
								"no training return accepted", "no accepted teacher training row")))),
				List.of());
	}

	@Test
	void namesAreTextInBodiesAndAttributesNeverMarkup() {
		String html = ReportWriter.render(report(NAME, "<script>alert(2)</script>"));
		Document page = Jsoup.parse(html);

		assertThat(page.select("script, img, [onerror]")).isEmpty();
		assertThat(page.selectFirst("tr[data-county=C1] th").text()).isEqualTo(NAME);
		assertThat(page.selectFirst("#summaries h3").text()).contains(NAME);
		assertThat(page.selectFirst("svg title").text()).isEqualTo("C1 " + NAME);
		assertThat(page.selectFirst("svg").attr("aria-label")).isEqualTo("报送完整率 Submission completeness");
		assertThat(page.selectFirst("td.blank").text()).isEqualTo("<script>alert(2)</script>");
		assertThat(html).doesNotContain("<img").doesNotContain("<script");
	}

	@Test
	void thePageDeclaresUtf8AndChineseWithEnglishAndLoadsNothing() {
		String html = ReportWriter.render(report("North County", "First Primary"));
		Document page = Jsoup.parse(html);

		assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("[lang=en]")).isNotEmpty();
		assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("url(").doesNotContain("@font-face")
			.doesNotContain("@import").doesNotContain("<link").doesNotContain("src=");
		assertThat(page.selectFirst("style").data()).contains("Noto Sans CJK SC").contains("Microsoft YaHei")
			.contains("@page").contains("size: A4").contains("table-header-group").contains("break-inside: avoid");
		assertThat(page.select("#reject-counts")).as("no table of rejects when nothing was rejected").isEmpty();
		assertThat(page.selectFirst("#rejects").text()).contains("Nothing was rejected");
		assertThat(page.selectFirst("#compared b").text()).isEqualTo("未比较 none");
		assertThat(page.select("span.chg")).as("no changes when nothing is compared").isEmpty();
	}

}
