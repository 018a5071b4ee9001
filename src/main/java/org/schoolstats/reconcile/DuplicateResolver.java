package org.schoolstats.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
		// One map lookup per record: each record keeps the group of its key.
		Map<List<String>, Group> byKey = new HashMap<>(rows.size() * 4 / 3 + 16);
		Group[] groups = new Group[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Checked.Accepted row = rows.get(i);
			Group fresh = new Group(row);
			Group earlier = byKey.putIfAbsent(key(row), fresh);
			if (earlier != null) {
				earlier.add(row);
			}
			groups[i] = earlier != null ? earlier : fresh;
		}
		// Accepted rows come out in the order they were given (processing order: a school's rows together).
		List<Checked.Accepted> accepted = new ArrayList<>(byKey.size());
		List<Checked.Rejected> conflicts = new ArrayList<>();
		long collapsed = 0;
		for (int i = 0; i < rows.size(); i++) {
			Group group = groups[i];
			if (group.others == null) {
				accepted.add(group.first);
				continue;
			}
			if (group.decided) {
				continue; // another record of a key already decided
			}
			group.decided = true;
			List<Checked.Accepted> same = group.all();
			same.sort(PROCESSING_ORDER);
			if (allEqual(same)) {
				accepted.add(same.get(0));
				collapsed += same.size() - 1;
			}
			else {
				for (Checked.Accepted record : same) {
					conflicts.add(conflict(record, same));
				}
			}
		}
		conflicts.sort(PROCESSING_ORDER);
		return new Outcome(accepted, conflicts, collapsed);
	}

	/** The records of one key: most keys have one, and a list only when a second one comes. */
	private static final class Group {

		private final Checked.Accepted first;

		private List<Checked.Accepted> others;

		private boolean decided;

		Group(Checked.Accepted first) {
			this.first = first;
		}

		void add(Checked.Accepted row) {
			if (this.others == null) {
				this.others = new ArrayList<>(1);
			}
			this.others.add(row);
		}

		List<Checked.Accepted> all() {
			List<Checked.Accepted> all = new ArrayList<>(1 + this.others.size());
			all.add(this.first);
			all.addAll(this.others);
			return all;
		}

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
