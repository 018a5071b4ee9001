package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.job.JobFunctionalTestSupport;
import org.schoolstats.publish.PreviousPublication;
import org.schoolstats.submission.Period;
import org.schoolstats.support.Chromium;
import org.schoolstats.support.Published;
import org.schoolstats.support.ReportPage;
import org.springframework.batch.core.BatchStatus;

/**
 * Contract section 3.9 in a real browser: report.html of the sample period, and of a generated province of a hundred
 * counties compared with the year before, renders in headless Chromium to a screenshot that is not blank and shows
 * the charts, and prints to A4 pages set in an installed Chinese font. The renders are left in
 * {@code target/report-renders/} for a person to look at. Skipped, saying why, where Chromium is not installed;
 * failing instead under {@code SCHOOL_STATS_REQUIRE_CHROMIUM=1}, as in CI.
 */
class ReportInBrowserFunctionalTests extends JobFunctionalTestSupport {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	private static final Path RENDERS = Path.of("target", "report-renders");

	/** The fill of a bar of this period's figures (report.html's {@code --level}). */
	private static final int BAR = 0x3a6ea5;

	@TempDir
	Path temp;

	@Test
	void theSamplePeriodRendersToAScreenshotWithItsChartsAndPrintsOnA4InAChineseFont() throws Exception {
		Launched run = run(Path.of("input/2024"), this.temp.resolve("out"), "2024");
		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
		Path report = run.file(Published.REPORT);

		BufferedImage shot = Chromium.screenshot(report, RENDERS.resolve("sample-2024.png"), 1280, 2400);
		assertNotBlank(shot);
		assertThat(pixelsOf(shot, BAR)).as("the bars of the charts are drawn").isGreaterThan(2000);

		Chromium.Pdf pdf = Chromium.printToPdf(report, RENDERS.resolve("sample-2024.pdf"));
		assertPrintedOnA4InAChineseFont(pdf);
	}

	@Test
	void aProvinceOfAHundredCountiesComparedWithTheYearBeforeRendersAndPrints() throws Exception {
		Path out = this.temp.resolve("out");
		new InboxGenerator(100, 2, 12, 1, 2, Period.parse("2023"), 7).writeTo(this.temp.resolve("in-2023"));
		new InboxGenerator(100, 2, 12, 1, 2, Period.parse("2024"), 8).writeTo(this.temp.resolve("in-2024"));
		// One county sent no inspections this year: its rectification is no data, in the table and the charts.
		try (Stream<Path> files = Files.walk(this.temp.resolve("in-2024/safety_inspections"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith("430005")).toList()) {
				Files.delete(file);
			}
		}
		assertThat(runComparedWith(this.temp.resolve("in-2023"), out, "2023", null).status())
			.isEqualTo(BatchStatus.COMPLETED);
		PreviousPublication.Checked previous = PreviousPublication.check(out.resolve("2023"), Period.parse("2024"));
		assertThat(runComparedWith(this.temp.resolve("in-2024"), out, "2024", previous).status())
			.isEqualTo(BatchStatus.COMPLETED);
		ReportPage page = ReportPage.of(out.resolve("2024"));
		page.assertShowsThePublication(out.resolve("2023"));
		assertThat(page.chartPages("chart-rectification")).as("fifty counties a page").hasSize(2);
		assertThat(page.countyRow("430005").select("td.num").get(5).text()).isEmpty();
		Path report = out.resolve("2024").resolve(Published.REPORT);

		assertNotBlank(Chromium.screenshot(report, RENDERS.resolve("province-2024.png"), 1280, 2400));
		Chromium.Pdf pdf = Chromium.printToPdf(report, RENDERS.resolve("province-2024.pdf"));
		assertPrintedOnA4InAChineseFont(pdf);
		assertThat(pdf.pages()).as("a hundred counties take several pages").isGreaterThan(5);
	}

	/** Not one colour: text in several shades and coloured charts on white, on more than a sliver of the page. */
	private static void assertNotBlank(BufferedImage shot) {
		assertThat(shot.getWidth()).isEqualTo(1280);
		Set<Integer> colours = new HashSet<>();
		long ink = 0;
		for (int y = 0; y < shot.getHeight(); y += 2) {
			for (int x = 0; x < shot.getWidth(); x += 2) {
				int rgb = shot.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				int luminance = ((rgb >> 16) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				if (luminance < 160) {
					ink++;
				}
			}
		}
		long sampled = (long) ((shot.getWidth() + 1) / 2) * ((shot.getHeight() + 1) / 2);
		assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(50);
		assertThat(ink * 100.0 / sampled).as("percent of the screenshot inked").isGreaterThan(1.0);
	}

	private static long pixelsOf(BufferedImage shot, int colour) {
		long count = 0;
		for (int y = 0; y < shot.getHeight(); y++) {
			for (int x = 0; x < shot.getWidth(); x++) {
				if ((shot.getRGB(x, y) & 0xffffff) == colour) {
					count++;
				}
			}
		}
		return count;
	}

	private static void assertPrintedOnA4InAChineseFont(Chromium.Pdf pdf) {
		assertThat(pdf.pages()).isPositive();
		assertThat(pdf.mediaBoxes()).as("every page A4, 595 × 842 points").isNotEmpty().allSatisfy((box) -> {
			assertThat(box[0]).isBetween(594.0, 596.5);
			assertThat(box[1]).isBetween(841.0, 842.5);
		});
		Set<String> chinese = Chromium.chineseFontFamilies();
		assertThat(pdf.fonts()).as("the fonts embedded; one of them an installed font that covers Chinese " + chinese)
			.anySatisfy((font) -> assertThat(chinese)
				.anyMatch((family) -> Chromium.normalised(font).startsWith(family)));
	}

}
