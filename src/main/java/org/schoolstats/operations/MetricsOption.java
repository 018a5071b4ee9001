package org.schoolstats.operations;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * {@code --metrics-file} of {@code run} and {@code restart}: the Prometheus metrics file to update when the run
 * ends (README, "Running nightly"). A crontab or a service sets it once with the environment variable
 * {@code SCHOOL_STATS_METRICS_FILE}, or with the system property {@code school-stats.metrics-file}.
 */
public class MetricsOption {

	static final String PROPERTY = "school-stats.metrics-file";

	static final String ENVIRONMENT = "SCHOOL_STATS_METRICS_FILE";

	@Option(names = "--metrics-file", paramLabel = "FILE",
			description = "Prometheus metrics file (for node_exporter's textfile collector) to update when the run "
					+ "ends, however it ends; several periods may share one. Default: the system property "
					+ PROPERTY + ", else the environment variable " + ENVIRONMENT + "; none if neither is set.")
	Path file;

	/** The metrics file to update, or {@code null} for none. */
	Path file() {
		if (this.file != null) {
			return this.file.toAbsolutePath();
		}
		String value = System.getProperty(PROPERTY);
		if (value == null || value.isBlank()) {
			value = System.getenv(ENVIRONMENT);
		}
		return value == null || value.isBlank() ? null : Path.of(value).toAbsolutePath();
	}

}
