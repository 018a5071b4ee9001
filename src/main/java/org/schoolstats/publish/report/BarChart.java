package org.schoolstats.publish.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of {@code report.html} (section 3.9), one row per county, drawn as inline SVG: the county
 * names on the left, then one panel per series (a figure of this period, and its change since the compared period),
 * each with its own axis from zero (through zero for a change), ticks, a labelled axis, and beside each bar the cell
 * it stands for, exactly as printed in the table. An empty cell is written "no data" where its bar would start, never
 * drawn as a bar of zero. A long list of counties is drawn on several pages of at most {@value #PAGE_ROWS} rows, all
 * on the same axes, so that each page fits on a sheet of A4.
 * <p>
 * This class works out every coordinate; the template only writes them out.
 */
public final class BarChart {

	static final int PAGE_ROWS = 50;

	static final double WIDTH = 760;

	static final double FONT = 11;

	static final double ROW = 18;

	static final double BAR = 11;

	/** Baseline of the headings above the panels. */
	static final double HEADING = 16;

	/** Top of the first row. */
	static final double TOP = 28;

	static final double LABEL_MIN = 40;

	static final double LABEL_MAX = 170;

	/** Room beside a bar's end for the figure printed there. */
	static final double VALUE_ROOM = 40;

	static final double PANEL_GAP = 28;

	static final String NO_DATA = "无数据 no data";

	/** One county of the chart: its code and the name shown (the printed cells). */
	public record Row(String code, String name) {
	}

	/** What a panel shows: this period's figure (bars from zero) or its change (bars either side of zero). */
	public enum Kind {

		LEVEL(3), CHANGE(2);

		private final int weight;

		Kind(int weight) {
			this.weight = weight;
		}

	}

	/**
	 * One panel's figures, one printed cell per row (empty for no data).
	 * @param atLeast the axis reaches at least this far (100 for a percentage), or zero
	 */
	public record Series(Kind kind, String heading, String axisTitle, List<String> cells, BigDecimal atLeast) {

		public static Series level(String heading, String axisTitle, List<String> cells, BigDecimal atLeast) {
			return new Series(Kind.LEVEL, heading, axisTitle, cells, atLeast);
		}

		public static Series change(String heading, String axisTitle, List<String> cells) {
			return new Series(Kind.CHANGE, heading, axisTitle, cells, BigDecimal.ZERO);
		}

		/** The axis over every figure of the series, from zero or below. */
		Axis axis() {
			BigDecimal low = BigDecimal.ZERO;
			BigDecimal high = this.atLeast;
			for (String cell : this.cells) {
				BigDecimal value = number(cell);
				if (value != null) {
					low = low.min(value);
					high = high.max(value);
				}
			}
			return Axis.covering(low, high, 5);
		}

	}

	/** A piece of text at a point; {@code anchor} is SVG's {@code text-anchor}. */
	public record Text(String x, String y, String text, String anchor) {
	}

	/** A county's name beside its row; {@code title} is the code and the whole name. */
	public record Label(String x, String y, String text, String title) {
	}

	/** A tick of a panel's axis: a gridline from {@code y1} to {@code y2} and its figure below. */
	public record Tick(String x, String y1, String y2, Text label, boolean zero) {
	}

	/**
	 * A bar, with the printed cell it stands for beside its end; {@code css} says whether it is a figure
	 * ({@code level}) or a change up or down ({@code up}, {@code down}, {@code same}).
	 */
	public record Bar(String x, String y, String width, String height, String css, Text value) {
	}

	/** One panel of one page: heading, axis line, ticks, bars and the "no data" marks. */
	public record Panel(Text heading, Text axisTitle, String axisX1, String axisX2, String axisY, List<Tick> ticks,
			List<Bar> bars, List<Text> noData) {
	}

	/** One SVG: the rows of one page with every panel. {@code continued} for every page after the first. */
	public record Page(boolean continued, String width, String height, Text labelsHeading, List<Label> labels,
			List<Panel> panels) {

		public String viewBox() {
			return "0 0 " + this.width + " " + this.height;
		}

	}

	private final List<Row> rows;

	private final List<Series> series;

	private final List<Axis> axes;

	private final String labelsHeading;

	/** @param labelsHeading the heading over the county names */
	public BarChart(String labelsHeading, List<Row> rows, List<Series> series) {
		for (Series one : series) {
			if (one.cells().size() != rows.size()) {
				throw new IllegalArgumentException(one.heading() + ": " + one.cells().size() + " cells for "
						+ rows.size() + " rows");
			}
		}
		this.labelsHeading = labelsHeading;
		this.rows = List.copyOf(rows);
		this.series = List.copyOf(series);
		this.axes = series.stream().map(Series::axis).toList();
	}

	/** The pages: as few as hold every row at {@value #PAGE_ROWS} at most, the rows shared out evenly. */
	public List<Page> pages() {
		int count = Math.max(1, (this.rows.size() + PAGE_ROWS - 1) / PAGE_ROWS);
		int perPage = Math.max(1, (this.rows.size() + count - 1) / count);
		double labelWidth = labelWidth();
		List<Page> pages = new ArrayList<>();
		for (int from = 0; from < this.rows.size() || pages.isEmpty(); from += perPage) {
			pages.add(page(from, Math.min(this.rows.size(), from + perPage), labelWidth, !pages.isEmpty()));
		}
		return pages;
	}

	private Page page(int from, int to, double labelWidth, boolean continued) {
		int n = to - from;
		double bottom = TOP + n * ROW;
		List<Label> labels = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Row row = this.rows.get(from + i);
			labels.add(new Label(px(labelWidth), px(baseline(i)), fit(row.name(), labelWidth),
					(row.code() + " " + row.name()).strip()));
		}
		double left = labelWidth + 8;
		double room = WIDTH - 8 - left - PANEL_GAP * (this.series.size() - 1);
		int weights = this.series.stream().mapToInt((s) -> s.kind().weight).sum();
		List<Panel> panels = new ArrayList<>();
		for (int p = 0; p < this.series.size(); p++) {
			Series one = this.series.get(p);
			double width = room * one.kind().weight / weights;
			panels.add(panel(one, this.axes.get(p), left, width, from, to, bottom));
			left += width + PANEL_GAP;
		}
		return new Page(continued, px(WIDTH), px(bottom + 40), new Text(px(labelWidth), px(HEADING),
				this.labelsHeading, "end"), labels, panels);
	}

	private Panel panel(Series series, Axis axis, double left, double width, int from, int to, double bottom) {
		double x0 = left + (axis.min().signum() < 0 ? VALUE_ROOM : 0);
		double x1 = left + width - VALUE_ROOM;
		List<Tick> ticks = new ArrayList<>();
		for (BigDecimal tick : axis.ticks()) {
			double x = x0 + axis.fraction(tick) * (x1 - x0);
			ticks.add(new Tick(px(x), px(TOP - 4), px(bottom), new Text(px(x), px(bottom + 13), Axis.label(tick),
					"middle"), tick.signum() == 0));
		}
		double zero = x0 + axis.fraction(BigDecimal.ZERO) * (x1 - x0);
		List<Bar> bars = new ArrayList<>();
		List<Text> noData = new ArrayList<>();
		for (int i = 0; i < to - from; i++) {
			String cell = series.cells().get(from + i);
			BigDecimal value = number(cell);
			double top = TOP + i * ROW + (ROW - BAR) / 2;
			if (value == null) {
				noData.add(new Text(px(zero + 3), px(baseline(i)), NO_DATA, "start"));
				continue;
			}
			double end = x0 + axis.fraction(value) * (x1 - x0);
			boolean negative = value.signum() < 0;
			Text printed = negative ? new Text(px(end - 3), px(baseline(i)), cell, "end")
					: new Text(px(Math.max(end, zero) + 3), px(baseline(i)), cell, "start");
			bars.add(new Bar(px(Math.min(zero, end)), px(top), px(Math.abs(end - zero)), px(BAR), css(series, value),
					printed));
		}
		double middle = left + width / 2;
		return new Panel(new Text(px(middle), px(HEADING), series.heading(), "middle"),
				new Text(px(middle), px(bottom + 31), series.axisTitle(), "middle"), px(x0), px(x1), px(bottom), ticks,
				bars, noData);
	}

	private static String css(Series series, BigDecimal value) {
		if (series.kind() == Kind.LEVEL) {
			return "level";
		}
		return value.signum() > 0 ? "up" : value.signum() < 0 ? "down" : "same";
	}

	private static double baseline(int row) {
		return TOP + row * ROW + ROW / 2 + FONT * 0.36;
	}

	private double labelWidth() {
		double widest = Math.max(LABEL_MIN, textWidth(this.labelsHeading));
		for (Row row : this.rows) {
			widest = Math.max(widest, textWidth(row.name()));
		}
		return Math.min(LABEL_MAX, widest);
	}

	/** The name as it fits in the label column, cut with "…" when it is too wide. */
	static String fit(String name, double width) {
		if (textWidth(name) <= width) {
			return name;
		}
		StringBuilder cut = new StringBuilder();
		double used = textWidth("…");
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			used += charWidth(codePoint);
			if (used > width) {
				break;
			}
			cut.appendCodePoint(codePoint);
			i += Character.charCount(codePoint);
		}
		return cut + "…";
	}

	/** An estimate of the width of a text in the chart's font: a full em for Chinese, about 0.6 em for Latin. */
	static double textWidth(String text) {
		return text.codePoints().mapToDouble(BarChart::charWidth).sum();
	}

	private static double charWidth(int codePoint) {
		return codePoint >= 0x2E80 ? FONT : FONT * 0.62;
	}

	/** The number a printed cell holds; {@code null} for an empty cell (no data). */
	static BigDecimal number(String cell) {
		return cell == null || cell.isEmpty() ? null : new BigDecimal(cell);
	}

	/** A coordinate as SVG takes it, with one decimal whatever the locale. */
	static String px(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
