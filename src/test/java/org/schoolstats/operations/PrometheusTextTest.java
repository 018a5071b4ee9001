package org.schoolstats.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.schoolstats.operations.PrometheusText.Family;
import org.schoolstats.operations.PrometheusText.Sample;

/**
 * The metrics file is merged only when it reads strictly as Prometheus's text format, and is written back in that
 * format: one HELP and one TYPE line per family, no sample timestamps (README, "Running nightly").
 */
class PrometheusTextTest {

	private static final String FILE = """
			# HELP school_stats_rows The rows
			# TYPE school_stats_rows gauge
			school_stats_rows{category="enrollment",outcome="read",period="2024"} 61.0
			school_stats_rows{category="enrollment",outcome="read",period="2023"} 58
			# HELP spring_batch_job_seconds How long the job ran
			# TYPE spring_batch_job_seconds summary
			spring_batch_job_seconds_count{period="2024"} 1
			spring_batch_job_seconds_sum{period="2024"} 7.111801455
			""";

	@Test
	void readsFamiliesWithTheirSamplesSummariesIncluded() {
		List<Family> families = PrometheusText.parse(FILE);

		assertThat(families).extracting(Family::name).containsExactly("school_stats_rows", "spring_batch_job_seconds");
		assertThat(families.get(0).samples()).extracting(Sample::value).containsExactly("61.0", "58");
		assertThat(families.get(0).samples().get(1).labels())
			.containsExactlyEntriesOf(new TreeMap<>(Map.of("category", "enrollment", "outcome", "read", "period",
					"2023")));
		assertThat(families.get(1).type()).isEqualTo("summary");
		assertThat(families.get(1).samples()).extracting(Sample::name)
			.containsExactly("spring_batch_job_seconds_count", "spring_batch_job_seconds_sum");
	}

	@Test
	void writesWhatItReadsBackUnchanged() {
		assertThat(PrometheusText.format(PrometheusText.parse(FILE))).isEqualTo(FILE);
	}

	@Test
	void escapesLabelValuesAndHelpTextAndReadsThemBack() {
		Family family = new Family("x", "a \\ and a\nline", "gauge",
				List.of(new Sample("x", new TreeMap<>(Map.of("path", "C:\\in \"q\"\nx")), "1")));

		String text = PrometheusText.format(List.of(family));

		assertThat(text).isEqualTo("# HELP x a \\\\ and a\\nline\n# TYPE x gauge\nx{path=\"C:\\\\in \\\"q\\\"\\nx\"} 1\n");
		assertThat(PrometheusText.parse(text)).containsExactly(family);
	}

	@Test
	void familiesWithoutSamplesAreLeftOut() {
		assertThat(PrometheusText.format(List.of(new Family("x", "x", "gauge", List.of())))).isEmpty();
	}

	@Test
	void rejectsSampleTimestampsWhichTheTextfileCollectorRejects() {
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx 1 1733020813000\n"))
			.isInstanceOf(PrometheusText.FormatException.class)
			.hasMessageContaining("line 3")
			.hasMessageContaining("timestamp");
	}

	@Test
	void rejectsASecondHelpOrTypeOfOneFamily() {
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx 1\n# HELP y y\n# TYPE y gauge\n"
				+ "y 1\n# TYPE x gauge\nx{a=\"b\"} 2\n")).hasMessageContaining("line 7").hasMessageContaining("twice");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# HELP x y\n# TYPE x gauge\nx 1\n"))
			.hasMessageContaining("a second HELP");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx 1\n# TYPE x gauge\n"))
			.hasMessageContaining("after its samples");
	}

	@Test
	void rejectsASampleOutsideItsFamily() {
		assertThatThrownBy(() -> PrometheusText.parse("x 1\n")).hasMessageContaining("follows no TYPE line");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\ny 1\n"))
			.hasMessageContaining("follows no TYPE line");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx_count 1\n"))
			.hasMessageContaining("follows no TYPE line");
	}

	@Test
	void rejectsATwiceWrittenSeriesAndMalformedLines() {
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx{a=\"1\"} 1\nx{a=\"1\"} 2\n"))
			.hasMessageContaining("appears twice");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx{a=\"1} 1\n"))
			.hasMessageContaining("line 3");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx{a=1} 1\n"))
			.hasMessageContaining("not quoted");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x gauge\nx one\n"))
			.hasMessageContaining("not a number");
		assertThatThrownBy(() -> PrometheusText.parse("# HELP x x\n# TYPE x meter\nx 1\n"))
			.hasMessageContaining("not a metric type");
		assertThatThrownBy(() -> PrometheusText.parse("<html>\n")).isInstanceOf(PrometheusText.FormatException.class);
	}

	@Test
	void commentsAndBlankLinesAreAllowedAndDropped() {
		assertThat(PrometheusText.format(PrometheusText.parse("# written by hand\n\n# HELP x x\n# TYPE x gauge\nx 1\n")))
			.isEqualTo("# HELP x x\n# TYPE x gauge\nx 1\n");
	}

}
