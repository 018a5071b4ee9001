package org.schoolstats.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code manifest.json}, written last into a publication (section 3.6). */
@JsonPropertyOrder({ "period", "job_execution_id", "completed_at", "inputs", "categories", "outputs", "previous" })
public record Manifest(String period, @JsonProperty("job_execution_id") long jobExecutionId,
		@JsonProperty("completed_at") String completedAt, List<Input> inputs, Map<String, Category> categories,
		List<Output> outputs, Previous previous) {

	public static final String NAME = "manifest.json";

	/** Two-space indentation, {@code "name": value}, one array element per line, {@code \n} line ends. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER))
			.withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n")))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Whether the publication lists this file among its outputs ({@code school_indicators.csv} came later). */
	public boolean lists(String path) {
		return this.outputs != null && this.outputs.stream().anyMatch((output) -> output.path().equals(path));
	}

	/** One input file: {@code schools.csv} first, then the submission files in processing order. */
	@JsonPropertyOrder({ "path", "sha256", "encoding", "rows_read" })
	public record Input(String path, String sha256, String encoding, @JsonProperty("rows_read") long rowsRead) {
	}

	/** Exactly the four figures of the row accounting. */
	@JsonPropertyOrder({ "rows_read", "rows_accepted", "rows_rejected", "duplicates_collapsed" })
	public record Category(@JsonProperty("rows_read") long rowsRead, @JsonProperty("rows_accepted") long rowsAccepted,
			@JsonProperty("rows_rejected") long rowsRejected,
			@JsonProperty("duplicates_collapsed") long duplicatesCollapsed) {
	}

	/**
	 * One published file besides the manifest; {@code rows} counts data rows without the header, and is left out
	 * for a file that has no rows ({@code report.html}).
	 */
	@JsonPropertyOrder({ "path", "sha256", "rows" })
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Output(String path, String sha256, Long rows) {
	}

	/** The compared publication (section 5): its period and the SHA-256 of its manifest; {@code null} for none. */
	@JsonPropertyOrder({ "period", "manifest_sha256" })
	public record Previous(String period, @JsonProperty("manifest_sha256") String manifestSha256) {
	}

	void writeTo(Path file) throws IOException {
		Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
	}

	/** Reads a manifest, of this build or an earlier one (which may lack {@code previous}). */
	public static Manifest read(Path file) {
		return JSON.readValue(file.toFile(), Manifest.class);
	}

	static Manifest read(byte[] bytes) {
		return JSON.readValue(bytes, Manifest.class);
	}

}
