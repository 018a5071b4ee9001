package org.schoolstats.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a file's header onto the columns of its kind (section 1, "Header"): names match case-insensitively after
 * trimming, order is free, unknown extra columns are ignored, optional columns may be left out. Commons CSV's own
 * header handling is not used: it does not trim names and accepts doubled columns without a word.
 */
public final class Header {

	private final int[] positions;

	private final int width;

	private final String problem;

	private Header(int[] positions, int width, String problem) {
		this.positions = positions;
		this.width = width;
		this.problem = problem;
	}

	/**
	 * @param names the header record as parsed
	 * @param columns the columns of this kind of file, in contract order
	 * @param optional the columns that may be left out
	 */
	public static Header match(String[] names, List<String> columns, Set<String> optional) {
		Map<String, List<Integer>> found = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			found.computeIfAbsent(Cells.lower(Cells.trim(names[i])), (key) -> new ArrayList<>()).add(i);
		}
		int[] positions = new int[columns.size()];
		List<String> missing = new ArrayList<>();
		List<String> doubled = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			List<Integer> at = found.get(columns.get(c));
			if (at == null) {
				positions[c] = -1;
				if (!optional.contains(columns.get(c))) {
					missing.add(columns.get(c));
				}
			}
			else {
				positions[c] = at.get(0);
				if (at.size() > 1) {
					doubled.add(columns.get(c));
				}
			}
		}
		String problem = null;
		if (!missing.isEmpty() || !doubled.isEmpty()) {
			List<String> parts = new ArrayList<>();
			if (!missing.isEmpty()) {
				parts.add("the header lacks the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
			}
			if (!doubled.isEmpty()) {
				parts.add("the header names the column" + (doubled.size() > 1 ? "s " : " ")
						+ String.join(", ", doubled) + " twice");
			}
			problem = String.join("; ", parts) + separatorHint(names) + "; the file is not read";
		}
		return new Header(positions, names.length, problem);
	}

	/** A header that arrived as one field holding ';' or tabs was saved with the wrong separator. */
	private static String separatorHint(String[] names) {
		if (names.length == 1) {
			String only = names[0];
			if (only.indexOf(';') >= 0) {
				return " (it looks separated by semicolons: save the file as CSV with commas)";
			}
			if (only.indexOf('\t') >= 0) {
				return " (it looks separated by tabs: save the file as CSV with commas, not as tab-separated text)";
			}
		}
		return "";
	}

	/** Why the file is not read ({@code BAD_HEADER}), or {@code null} when the header is usable. */
	public String problem() {
		return this.problem;
	}

	/** The number of fields of the header; a record with another number is {@code MALFORMED_ROW}. */
	public int width() {
		return this.width;
	}

	/** The position of the column in the file, or -1 when an optional column is left out. */
	public int position(int column) {
		return this.positions[column];
	}

	/** The value of a column in a record of this file, untrimmed; empty when the column is left out. */
	public String raw(String[] record, int column) {
		int at = this.positions[column];
		return (at < 0 || at >= record.length) ? "" : record[at];
	}

}
