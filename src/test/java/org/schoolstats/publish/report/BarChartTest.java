package org.schoolstats.publish.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Section 3.9: the charts of report.html are drawn from this model. Bars start at zero, every bar carries its cell
 * as printed, an empty cell is "no data" and never a bar, a change runs either side of zero, and a hundred counties
 * are drawn on pages that each fit on A4.
 */
class BarChartTest {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static List<BarChart.Row> rows(int n) {
		return IntStream.rangeClosed(1, n).mapToObj((i) -> new BarChart.Row(String.format("43%04d", i), "县" + i)).toList();
	}

	private static BarChart levels(List<String> cells) {
		return new BarChart("区县 County", rows(cells.size()),
				List.of(BarChart.Series.level("2024", "报送完整率（%） Submission completeness, %", cells, HUNDRED)));
	}

	private static double number(String px) {
		return Double.parseDouble(px);
	}

	private static BarChart.Tick zeroTick(BarChart.Panel panel) {
		return panel.ticks().stream().filter(BarChart.Tick::zero).findFirst().orElseThrow();
	}

	@Test
	void barsStartAtZeroAndReachTheirFigureOnTheAxis() {
		BarChart.Panel panel = levels(List.of("50.0", "100.0")).pages().get(0).panels().get(0);

		double zero = number(zeroTick(panel).x());
		double hundred = number(panel.ticks().get(panel.ticks().size() - 1).x());
		assertThat(panel.ticks().get(0).label().text()).isEqualTo("0");
		assertThat(number(panel.bars().get(0).x())).isEqualTo(zero);
		assertThat(number(panel.bars().get(0).width())).isCloseTo((hundred - zero) / 2, org.assertj.core.data.Offset.offset(0.11));
		assertThat(number(panel.bars().get(1).x()) + number(panel.bars().get(1).width()))
			.isCloseTo(hundred, org.assertj.core.data.Offset.offset(0.11));
	}

	@Test
	void everyBarCarriesItsCellExactlyAsPrinted() {
		BarChart.Panel panel = levels(List.of("93.5", "100.0", "0.0")).pages().get(0).panels().get(0);

		assertThat(panel.bars()).extracting((bar) -> bar.value().text()).containsExactly("93.5", "100.0", "0.0");
		assertThat(panel.bars()).extracting(BarChart.Bar::css).containsOnly("level");
	}

	@Test
	void aCountyWithNoDataIsWrittenNoDataAndGetsNoBarWhileAZeroGetsAnEmptyBar() {
		BarChart.Panel panel = levels(List.of("75.0", "", "0.0")).pages().get(0).panels().get(0);

		assertThat(panel.bars()).hasSize(2);
		assertThat(panel.bars()).extracting((bar) -> bar.value().text()).containsExactly("75.0", "0.0");
		assertThat(panel.noData()).singleElement().satisfies((mark) -> {
			assertThat(mark.text()).contains("no data").contains("无数据").doesNotContainPattern("[0-9]");
			assertThat(mark.y()).as("on the second row").isEqualTo(
					BarChart.px(BarChart.TOP + BarChart.ROW + BarChart.ROW / 2 + BarChart.FONT * 0.36));
		});
		assertThat(number(panel.bars().get(1).width())).as("0.0 is a bar of no length").isZero();
	}

	@Test
	void aChangeRunsFromZeroLeftForAFallAndRightForARise() {
		BarChart chart = new BarChart("区县 County", rows(3), List.of(BarChart.Series.change("比2023变化",
				"百分点 percentage points", List.of("-7.3", "12.0", "0.0"))));
		BarChart.Panel panel = chart.pages().get(0).panels().get(0);

		assertThat(panel.ticks()).extracting((tick) -> tick.label().text())
			.containsExactly("-10", "-5", "0", "5", "10", "15");
		double zero = number(zeroTick(panel).x());
		BarChart.Bar fall = panel.bars().get(0);
		BarChart.Bar rise = panel.bars().get(1);
		assertThat(number(fall.x()) + number(fall.width())).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
		assertThat(fall.css()).isEqualTo("down");
		assertThat(fall.value().anchor()).as("the figure of a fall stands left of its bar").isEqualTo("end");
		assertThat(number(rise.x())).isEqualTo(zero);
		assertThat(rise.css()).isEqualTo("up");
		assertThat(panel.bars().get(2).css()).isEqualTo("same");
		assertThat(panel.axisTitle().text()).isEqualTo("百分点 percentage points");
	}

	@Test
	void axesAreLabelledAndTheCountyColumnHasItsHeading() {
		BarChart.Page page = levels(List.of("60.0")).pages().get(0);

		assertThat(page.labelsHeading().text()).isEqualTo("区县 County");
		assertThat(page.panels().get(0).heading().text()).isEqualTo("2024");
		assertThat(page.panels().get(0).axisTitle().text()).isEqualTo("报送完整率（%） Submission completeness, %");
		assertThat(page.labels()).singleElement().satisfies((label) -> {
			assertThat(label.text()).isEqualTo("县1");
			assertThat(label.title()).isEqualTo("430001 县1");
		});
	}

	@Test
	void aFigureAndItsChangeShareTheRowsSideBySide() {
		BarChart chart = new BarChart("区县 County", rows(2), List.of(
				BarChart.Series.level("2024", "%", List.of("90.0", "80.0"), HUNDRED),
				BarChart.Series.change("change", "percentage points", List.of("-10.0", ""))));
		BarChart.Page page = chart.pages().get(0);

		assertThat(page.panels()).hasSize(2);
		assertThat(number(page.panels().get(0).axisX2())).isLessThan(number(page.panels().get(1).axisX1()));
		assertThat(page.panels().get(1).bars().get(0).y()).isEqualTo(page.panels().get(0).bars().get(0).y());
		assertThat(page.panels().get(1).noData()).singleElement()
			.satisfies((mark) -> assertThat(mark.y()).isEqualTo(page.labels().get(1).y()));
		assertThat(number(page.width())).isEqualTo(BarChart.WIDTH);
	}

	@Test
	void aHundredCountiesAreDrawnOnTwoPagesOfFiftyOnTheSameAxesEachFittingOnA4() {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			cells.add(i == 37 ? "" : String.format(Locale.ROOT, "%d.%d", 40 + i % 60, i % 10));
		}
		List<BarChart.Page> pages = levels(cells).pages();

		assertThat(pages).hasSize(2);
		assertThat(pages).extracting(BarChart.Page::continued).containsExactly(false, true);
		assertThat(pages).allSatisfy((page) -> {
			assertThat(page.labels()).hasSize(50);
			assertThat(page.panels().get(0).ticks()).extracting((tick) -> tick.label().text())
				.containsExactly("0", "20", "40", "60", "80", "100");
			// A4 less margins is 188 × 271 mm: the page, scaled to the width, is not taller than that.
			assertThat(number(page.height()) / number(page.width())).isLessThan(271.0 / 188.0);
		});
		List<String> drawn = new ArrayList<>();
		pages.forEach((page) -> page.labels().forEach((label) -> drawn.add(label.text())));
		assertThat(drawn).containsExactlyElementsOf(rows(100).stream().map(BarChart.Row::name).toList());
		assertThat(pages.get(0).panels().get(0).bars().size() + pages.get(1).panels().get(0).bars().size()).isEqualTo(99);
		assertThat(pages.get(0).panels().get(0).noData()).hasSize(1);
	}

	@Test
	void rowsAreSharedOutEvenlyOverThePages() {
		List<String> cells = java.util.Collections.nCopies(101, "50.0");
		assertThat(levels(cells).pages()).extracting((page) -> page.labels().size()).containsExactly(34, 34, 33);
		assertThat(levels(List.of("50.0")).pages()).hasSize(1);
	}

	@Test
	void aLongNameIsCutWithAnEllipsisAndKeptWholeInItsTitle() {
		String name = "某某某某某某某某某某某某某某某某某某某某自治县";
		BarChart chart = new BarChart("区县 County", List.of(new BarChart.Row("X1", name)),
				List.of(BarChart.Series.level("2024", "%", List.of("50.0"), HUNDRED)));
		BarChart.Label label = chart.pages().get(0).labels().get(0);

		assertThat(label.text()).endsWith("…").hasSizeLessThan(name.length());
		assertThat(name).startsWith(label.text().substring(0, label.text().length() - 1));
		assertThat(BarChart.textWidth(label.text())).isLessThanOrEqualTo(BarChart.LABEL_MAX);
		assertThat(label.title()).isEqualTo("X1 " + name);
	}

	@Test
	void coordinatesAreWrittenWithAPointWhateverTheLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			BarChart.Page page = levels(List.of("33.3")).pages().get(0);
			assertThat(page.panels().get(0).bars().get(0).width()).matches("[0-9]+\\.[0-9]");
			assertThat(page.viewBox()).matches("0 0 [0-9]+\\.[0-9] [0-9]+\\.[0-9]");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aSeriesMustHaveOneCellPerCounty() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BarChart("区县", rows(2),
				List.of(BarChart.Series.level("2024", "%", List.of("1.0"), HUNDRED))));
	}

}
