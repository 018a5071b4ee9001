package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Published;
import org.schoolstats.support.ReportPage;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/**
 * Contract section 3.9 on whole runs: report.html, parsed as a browser would, shows every county's figures and
 * changes, the charts, the summaries, the findings and the rejects exactly as the tables beside it print them, the
 * manifest's period, completion time and accounting; it loads nothing and runs nothing, and names are text.
 */
class ReportFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path temp;

	@Test
	void theSamplePeriodsReportShowsWhatItsTablesPrint() throws Exception {
		Launched run = run(Path.of("input/2024"), this.temp.resolve("out"), "2024");
		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);

		ReportPage page = ReportPage.of(run.published());
		page.assertShowsThePublication(null);
		// 娄星区, checked by hand in SampleInboxGoldenTests: 8464 students, 615 teachers, 13.8, 72.4 % trained, 92.1 %.
		Element county = page.countyRow("431302");
		assertThat(county.select("td.num span.v").eachText()).containsExactly("8,464", "615", "13.8", "100.0", "72.4",
				"92.1");
		assertThat(page.chartPages("chart-completeness")).hasSize(1);
		assertThat(page.document().select("#compared b").text()).contains("none");
	}

	/** 2023: C1 with S1 and S2, C9 "Old County" with S9; 2024: C9 has left the registry, S2 too; C2 is new. */
	@Test
	void aComparedReportShowsEachChangeAsPrintedAndNamesACountyThatLeftTheRegistry() throws Exception {
		Path in2023 = TestInbox.in(this.temp.resolve("in-2023"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S2,Second Junior,C1,North County,junior_secondary,rural,public\n"
					+ "S9,Old School,C9,Old County,primary,rural,public\n")
			.enrollment("S1.csv", "S1,primary,10,200,200,60,55,1,2,30,40\n")
			.enrollment("S2.csv", "S2,junior,5,100,100,60,55,1,2,30,20\n")
			.enrollment("S9.csv", "S9,primary,2,20,20,6,5,0,0,0,4\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2023-03-01,2023-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2023-04-01,fire,10,8,0,Li\n")
			.path();
		Path in2024 = TestInbox.in(this.temp.resolve("in-2024"))
			.registry(TestInbox.REGISTRY_HEADER + "S1,First Primary,C1,North County,primary,urban,public\n"
					+ "S3,Third Kindergarten,C2,South County,kindergarten,urban,private\n")
			.enrollment("S1.csv", "S1,primary,10,191,200,60,55,1,2,30,52\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,10,9,0,Li\n")
			.path();
		assertThat(runComparedWith(in2023, this.temp.resolve("out"), "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);
		Path earlier = this.temp.resolve("out/2023");
		assertThat(runComparedWith(in2024, this.temp.resolve("out"), "2024",
				PreviousPublication.check(earlier, Period.parse("2024"))).status())
			.isEqualTo(BatchStatus.COMPLETED);

		Path published = this.temp.resolve("out/2024");
		ReportPage page = ReportPage.of(published);
		page.assertShowsThePublication(earlier);
		Element students = page.countyRow("C1").select("td.num").get(0);
		assertThat(students.selectFirst("span.v").text()).isEqualTo("391");
		assertThat(students.selectFirst(".chg").text()).isEqualTo("▼ -209 (-34.8%)");
		assertThat(page.countyRow("C1").select("td.num").get(5).selectFirst(".chg").text()).isEqualTo("▲ 10.0");
		assertThat(page.countyRow("C2").select("td.num span.d")).as("C2 is new: no change to show").hasSize(6)
			.allSatisfy((change) -> assertThat(change.text()).isEmpty());
		Element left = page.findingsOf("C9");
		assertThat(left.selectFirst("h3").text()).contains("C9").contains("Old County").contains("no longer in the registry");
		assertThat(left.select("ul.counts li").eachText()).containsExactly("已不在学校名册 LEFT_REGISTRY1");
		assertThat(page.document().select("#compared b").text()).isEqualTo("2023");
		List<List<Element>> rectification = page.chartPages("chart-rectification");
		assertThat(rectification.get(0).get(1).select("text.value").eachText()).containsExactly("10.0");
		assertThat(rectification.get(0).get(1).select("text.nodata").eachText()).containsExactly("无数据 no data");
	}

	@Test
	void namesFromTheRegistryAreTextNeverMarkupAndACountyWithoutReturnsIsNoDataNotZero() throws Exception {
		Path input = TestInbox.in(this.temp.resolve("in"))
			.registry(TestInbox.REGISTRY_HEADER
					+ "S1,<script>alert(1)</script>,C1,<img src=x>,primary,urban,public\n"
					+ "S2,\"=HYPERLINK(\"\"http://x\"\")\",C2,</table><b>South</b>,primary,urban,public\n")
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n")
			.path();
		Launched run = run(input, this.temp.resolve("out"), "2024");
		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);

		ReportPage page = ReportPage.of(run.published());
		page.assertShowsThePublication(null);
		assertThat(page.document().select("script, img, b:containsOwn(South)")).isEmpty();
		assertThat(page.countyRow("C1").selectFirst("th").text()).isEqualTo("<img src=x>");
		assertThat(page.countyRow("C2").selectFirst("th").text()).isEqualTo("</table><b>South</b>");
		assertThat(page.html()).contains("&lt;img src=x&gt;");
		assertThat(page.findingsOf("C2").select("tbody td").eachText()).contains("'=HYPERLINK(\"http://x\")");
		assertThat(page.document().select("a").eachAttr("href")).noneMatch((href) -> href.contains("http"));
		// C2 sent nothing: no completeness to speak of is still a figure (0.0), no rectification is no data.
		List<Element> rectification = page.chartPages("chart-rectification").get(0);
		assertThat(rectification.get(0).select("text.value").eachText()).containsExactly("66.7");
		assertThat(rectification.get(0).select("text.nodata")).hasSize(1);
		assertThat(page.chartPages("chart-completeness").get(0).get(0).select("text.value").eachText())
			.containsExactly("100.0", "0.0");
		assertThat(page.countyRow("C2").select("td.num span.v")).extracting(Element::text)
			.containsExactly("0", "0", "", "0.0", "", "");
	}

	@Test
	void theReportIsListedLastInTheManifestWithItsHashAndNoRows() throws Exception {
		Path input = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.path();
		Launched run = run(input, this.temp.resolve("out"), "2024");
		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);

		var outputs = Published.json(run.file("manifest.json")).get("outputs");
		var report = outputs.get(outputs.size() - 1);
		assertThat(report.propertyNames()).containsExactly("path", "sha256");
		assertThat(report.get("path").asString()).isEqualTo("report.html");
		assertThat(report.get("sha256").asString()).isEqualTo(Published.sha256(run.file("report.html")));
	}

}
