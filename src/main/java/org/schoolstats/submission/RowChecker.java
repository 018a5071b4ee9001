package org.schoolstats.submission;

import java.util.ArrayList;
import java.util.List;

import org.schoolstats.csv.Cells;
import org.schoolstats.csv.Codes;
import org.schoolstats.registry.Registry;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks a record in the order of section 2, and the first rule it breaks is its reason: {@code MALFORMED_ROW},
 * {@code MISSING_FIELD} (every column, before any value rule), {@code INVALID_VALUE}, {@code UNKNOWN_SCHOOL},
 * {@code OUT_OF_PERIOD}, {@code INCONSISTENT}. Duplicates are decided later, when every record has been read.
 */
public class RowChecker implements ItemProcessor<Submitted, Checked> {

	/** school_code in a reject is cut to its first 64 characters (section 3.5). */
	static final int SCHOOL_CODE_CUT = 64;

	private final Registry registry;

	private final Period period;

	public RowChecker(Registry registry, Period period) {
		this.registry = registry;
		this.period = period;
	}

	@Override
	public Checked process(Submitted item) {
		int file = item.file().index();
		if (item instanceof Submitted.RejectedFile rejected) {
			return new Checked.Rejected(file, 1, "", rejected.reason(), rejected.problem());
		}
		if (item instanceof Submitted.Unparsable unparsable) {
			return new Checked.Rejected(file, unparsable.line(), "", Reason.MALFORMED_ROW,
					unparsable.problem() + "; the rest of the file is not read");
		}
		return check((Submitted.Row) item);
	}

	/** Checks a batch of records, each as {@link #process} does. */
	public List<Checked> checkAll(RecordBatch batch) {
		List<Checked> checked = new ArrayList<>(batch.records().size());
		for (Submitted record : batch.records()) {
			checked.add(process(record));
		}
		return checked;
	}

	private Checked check(Submitted.Row row) {
		Category category = row.file().category();
		int file = row.file().index();
		long line = row.line();
		if (row.fields() != row.headerFields()) {
			// school_code is the value in the header's school_code position, empty when the record lacks it
			return reject(file, line, row.values()[0], Reason.MALFORMED_ROW, "the row has " + row.fields()
					+ " fields but the header has " + row.headerFields() + " (a stray or missing comma?)");
		}
		List<Column> columns = category.columns();
		String[] values = row.values().clone();
		String schoolCode = values[0];
		String missing = missingFields(columns, values);
		if (missing != null) {
			return reject(file, line, schoolCode, Reason.MISSING_FIELD, missing);
		}
		for (int c = 0; c < values.length; c++) {
			Column column = columns.get(c);
			if (column.kind() == Column.Kind.CODE && !values[c].isEmpty()) {
				String code = Codes.codeOf(column.codes(), values[c]);
				if (code != null) {
					values[c] = code; // a label is staged as its code
					continue;
				}
			}
			String invalid = invalidValue(column, values[c]);
			if (invalid != null) {
				return reject(file, line, schoolCode, Reason.INVALID_VALUE, invalid);
			}
		}
		if (this.registry.school(schoolCode) == null) {
			return reject(file, line, schoolCode, Reason.UNKNOWN_SCHOOL,
					"school_code " + Cells.quote(schoolCode) + " is not in the registry (" + Registry.FILE_NAME + ")");
		}
		SubmittedRow typed = category.row(values);
		String outOfPeriod = typed.outOfPeriod(this.period);
		if (outOfPeriod != null) {
			return reject(file, line, schoolCode, Reason.OUT_OF_PERIOD, outOfPeriod);
		}
		String inconsistency = typed.inconsistency();
		if (inconsistency != null) {
			return reject(file, line, schoolCode, Reason.INCONSISTENT, inconsistency);
		}
		return new Checked.Accepted(file, line, values);
	}

	/** Every required column is looked at before any value rule, so that the reason is the first rule broken. */
	static String missingFields(List<Column> columns, String[] values) {
		List<String> empty = null;
		for (int c = 0; c < values.length; c++) {
			if (columns.get(c).required() && values[c].isEmpty()) {
				if (empty == null) {
					empty = new ArrayList<>();
				}
				empty.add(columns.get(c).name());
			}
		}
		if (empty == null) {
			return null;
		}
		return String.join(", ", empty) + (empty.size() == 1 ? " is" : " are") + " empty; a value is required";
	}

	/** Why a non-empty value breaks its column's rule, or {@code null}. */
	static String invalidValue(Column column, String value) {
		if (value.isEmpty()) {
			return null; // an optional column left empty
		}
		String rule = switch (column.kind()) {
			case COUNT -> ValueRules.isCount(value) ? null
					: "is not a count: write digits only (0-9, at most 9 of them), with no sign, decimal point or thousands separator";
			case HOURS -> ValueRules.isHours(value) ? null
					: "is not valid hours: digits with at most two decimals after a point, at most 1000";
			case DATE -> ValueRules.date(value) != null ? null
					: "is not a real date written YYYY-MM-DD with a year from 1900 to 2100";
			case CODE -> Codes.isListed(column.codes(), value) ? null : "is not one of " + Codes.list(column.codes())
					+ ": write one of these codes, or one of the labels in brackets";
			case SCHOOL_CODE, TEXT -> null;
		};
		return rule == null ? null : column.name() + " " + Cells.quote(value) + " " + rule;
	}

	private static Checked.Rejected reject(int file, long line, String schoolCode, Reason reason, String detail) {
		return new Checked.Rejected(file, line, Cells.cut(schoolCode, SCHOOL_CODE_CUT), reason, detail);
	}

}
