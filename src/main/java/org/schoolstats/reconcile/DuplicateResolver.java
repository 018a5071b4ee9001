package org.schoolstats.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.schoolstats.csv.Cells;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/**
 * Decides duplicates among valid records of one category (section 2): records with the same natural key and the
 * same values in every contract column are kept once and the others count as collapsed; when any record of a key
 * differs, every record of that key is rejected as {@code DUPLICATE_CONFLICT}. Values compare as trimmed text with
 * codes in lower case, so {@code 02} and {@code 2} differ.
 */
public final class DuplicateResolver {

	/** What became of the records given. */
	public record Outcome(List<Checked.Accepted> accepted, List<Checked.Rejected> conflicts, long collapsed) {
	}

	private static final Comparator<Checked> PROCESSING_ORDER = Comparator.comparingInt(Checked::fileIndex)
		.thenComparingLong(Checked::line);

	private final Category category;

	private final IntFunction<String> pathOfFile;

	/**
	 * @param pathOfFile the relative path of a file of this category by its index, to name the other record
	 */
	public DuplicateResolver(Category category, IntFunction<String> pathOfFile) {
		this.category = category;
		this.pathOfFile = pathOfFile;
	}

	/**
	 * @param rows valid records that share their schools with no record outside this list
	 */
	public Outcome resolve(List<Checked.Accepted> rows) {
		Map<List<String>, List<Checked.Accepted>> byKey = new LinkedHashMap<>(rows.size() * 4 / 3 + 16);
		for (Checked.Accepted row : rows) {
			byKey.computeIfAbsent(key(row), (k) -> new ArrayList<>(1)).add(row);
		}
		List<Checked.Accepted> accepted = new ArrayList<>(byKey.size());
		List<Checked.Rejected> conflicts = new ArrayList<>();
		long collapsed = 0;
		for (List<Checked.Accepted> same : byKey.values()) {
			if (same.size() == 1) {
				accepted.add(same.get(0));
			}
			else if (allEqual(same)) {
				same.sort(PROCESSING_ORDER);
				accepted.add(same.get(0));
				collapsed += same.size() - 1;
			}
			else {
				same.sort(PROCESSING_ORDER);
				for (Checked.Accepted row : same) {
					conflicts.add(conflict(row, same));
				}
			}
		}
		conflicts.sort(PROCESSING_ORDER);
		return new Outcome(accepted, conflicts, collapsed);
	}

	private List<String> key(Checked.Accepted row) {
		int[] key = this.category.key();
		String[] parts = new String[key.length];
		for (int i = 0; i < key.length; i++) {
			parts[i] = row.values()[key[i]];
		}
		return Arrays.asList(parts);
	}

	private static boolean allEqual(List<Checked.Accepted> same) {
		String[] first = same.get(0).values();
		for (int i = 1; i < same.size(); i++) {
			if (!Arrays.equals(first, same.get(i).values())) {
				return false;
			}
		}
		return true;
	}

	private Checked.Rejected conflict(Checked.Accepted row, List<Checked.Accepted> same) {
		Checked.Accepted other = same.stream()
			.filter((candidate) -> !Arrays.equals(candidate.values(), row.values()))
			.findFirst()
			.orElseThrow();
		List<String> names = this.category.columnNames();
		int column = 0;
		while (row.values()[column].equals(other.values()[column])) {
			column++;
		}
		StringBuilder key = new StringBuilder();
		for (int k : this.category.key()) {
			key.append(key.isEmpty() ? "" : ", ").append(names.get(k)).append(' ').append(Cells.quote(row.values()[k]));
		}
		String detail = "another record with the same " + key + " differs in " + names.get(column) + ": "
				+ Cells.quote(row.values()[column]) + " here, " + Cells.quote(other.values()[column]) + " in "
				+ this.pathOfFile.apply(other.fileIndex()) + " line " + other.line()
				+ "; every record of this key is rejected until the school sends one version";
		return new Checked.Rejected(row.fileIndex(), row.line(), Cells.cut(row.schoolCode(), 64),
				Reason.DUPLICATE_CONFLICT, detail);
	}

}
