package org.schoolstats.submission;

import org.schoolstats.csv.TextEncoding;

/**
 * A {@code .csv} file found in a category folder: its path relative to the input directory with {@code /}
 * separators, its place in the processing order of its category, and what the first pass over its bytes found.
 */
public record SubmissionFile(Category category, int index, String path, String sha256, long bytes,
		TextEncoding encoding, String encodingProblem) {
}
