package org.schoolstats.job;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.schoolstats.support.StrictDecoding;
import org.schoolstats.support.TestInbox;

/**
 * Inboxes with random damage, and what contract sections 1 to 3.5 say a run must make of them: the rows read per
 * file and per category, the accepted, rejected and collapsed records, and every row of {@code rejects.csv}. The
 * expectation is worked out here from what was written, never from the program. The registry is
 * {@link TestInbox#REGISTRY} (S1, S2, S3) and the period {@link #PERIOD}.
 */
final class DamagedInboxes {

	static final String PERIOD = "2024";

	private DamagedInboxes() {
	}

	// What the generator chooses

	/** What happens to a whole file. */
	enum Fate {
		PLAIN, UTF8_BOM, GB18030, UTF16LE, UTF16BE, INVALID_BYTE, SEMICOLONS, TABS, MISSING_COLUMN, DOUBLED_COLUMN,
		UNPARSABLE_HEADER, NO_HEADER
	}

	enum LineEnd {
		LF, CRLF, CR, MIXED
	}

	/** What happens to one record. */
	enum Damage {
		NONE, EXTRA_FIELD, MISSING_LAST_FIELD, EMPTY_REQUIRED, BAD_COUNT, BAD_CODE, BAD_DATE, UNKNOWN_SCHOOL,
		OUT_OF_PERIOD, INCONSISTENT, NUL_IN_COUNT, NUL_IN_TEXT, LINE_BREAK_IN_TEXT, UNTERMINATED_QUOTE,
		SPACE_AFTER_CLOSING_QUOTE, BLANK, COMMAS_ONLY
	}

	/**
	 * @param school 0 to 2: S1, S2, S3
	 * @param key which natural key of that school (stage, teacher, inspection)
	 * @param variant 0 or 1: the same key with other values, a conflict when both are valid
	 * @param pick chooses among the ways of a damage and the cosmetics of the row
	 */
	record RowSpec(Damage damage, int school, int key, int variant, int pick) {
	}

	/** @param layout chooses folder, name, column order, left-out optional columns, an extra column, line ends */
	record FileSpec(Kind kind, Fate fate, LineEnd lineEnd, long layout, List<RowSpec> rows) {
	}

	/** @param ignored how many files to add that the contract says are not read (hidden, not .csv, outside) */
	record InboxSpec(List<FileSpec> files, int ignored) {
	}

	static Arbitrary<InboxSpec> inboxes() {
		Arbitrary<RowSpec> rows = Combinators
			.combine(Arbitraries.frequency(Tuple.of(40, Damage.NONE), Tuple.of(3, Damage.EXTRA_FIELD),
					Tuple.of(3, Damage.MISSING_LAST_FIELD), Tuple.of(3, Damage.EMPTY_REQUIRED), Tuple.of(3, Damage.BAD_COUNT),
					Tuple.of(2, Damage.BAD_CODE), Tuple.of(3, Damage.BAD_DATE), Tuple.of(3, Damage.UNKNOWN_SCHOOL),
					Tuple.of(3, Damage.OUT_OF_PERIOD), Tuple.of(3, Damage.INCONSISTENT), Tuple.of(2, Damage.NUL_IN_COUNT),
					Tuple.of(2, Damage.NUL_IN_TEXT), Tuple.of(2, Damage.LINE_BREAK_IN_TEXT),
					Tuple.of(1, Damage.UNTERMINATED_QUOTE), Tuple.of(1, Damage.SPACE_AFTER_CLOSING_QUOTE),
					Tuple.of(3, Damage.BLANK), Tuple.of(3, Damage.COMMAS_ONLY)),
					Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
					Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1)), Arbitraries.integers().between(0, 9999))
			.as(RowSpec::new);
		Arbitrary<FileSpec> files = Combinators
			.combine(Arbitraries.of(Kind.class),
					Arbitraries.frequency(Tuple.of(30, Fate.PLAIN), Tuple.of(6, Fate.UTF8_BOM), Tuple.of(4, Fate.GB18030),
							Tuple.of(1, Fate.UTF16LE), Tuple.of(1, Fate.UTF16BE), Tuple.of(2, Fate.INVALID_BYTE),
							Tuple.of(1, Fate.SEMICOLONS), Tuple.of(1, Fate.TABS), Tuple.of(1, Fate.MISSING_COLUMN),
							Tuple.of(1, Fate.DOUBLED_COLUMN), Tuple.of(1, Fate.UNPARSABLE_HEADER), Tuple.of(1, Fate.NO_HEADER)),
					Arbitraries.of(LineEnd.class), Arbitraries.longs(), rows.list().ofMaxSize(12))
			.as(FileSpec::new);
		return Combinators.combine(files.list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(0, 2))
			.as(InboxSpec::new);
	}

	// The three kinds of return, as the contract lists their columns

	enum Kind {

		ENROLLMENT("enrollment", List.of("school_code", "stage", "classes", "students_male", "students_female",
				"new_entrants", "graduates", "dropouts", "students_with_disabilities", "migrant_children",
				"full_time_teachers"), Set.of(), Set.of("stage"), new int[] { 0, 1 }),

		TRAINING("teacher_training", List.of("school_code", "teacher_id", "program_code", "program_name",
				"program_level", "start_date", "end_date", "hours", "result"), Set.of("program_name"),
				Set.of("program_level", "result"), new int[] { 0, 1, 2, 5 }),

		INSPECTIONS("safety_inspections", List.of("school_code", "inspection_id", "inspection_date", "category",
				"hazards_found", "hazards_rectified", "major_hazards", "inspector"), Set.of("inspector"),
				Set.of("category"), new int[] { 0, 1 });

		final String folder;

		final List<String> columns;

		final Set<String> optional;

		final Set<String> codes;

		final int[] key;

		Kind(String folder, List<String> columns, Set<String> optional, Set<String> codes, int[] key) {
			this.folder = folder;
			this.columns = columns;
			this.optional = optional;
			this.codes = codes;
			this.key = key;
		}

		int column(String name) {
			return this.columns.indexOf(name);
		}

		/** A record that breaks no rule, in contract column order. */
		String[] valid(RowSpec row) {
			String school = "S" + (row.school() + 1);
			return switch (this) {
				case ENROLLMENT -> new String[] { school, List.of("primary", "junior", "senior").get(row.key()),
						Integer.toString(10 + row.variant()), "200", "190", "60", "55", "1", "2", "30", "25" };
				case TRAINING -> new String[] { school, "T" + row.key(), "P1", row.variant() == 0 ? "Reading" : "Writing",
						"county", "2024-03-01", "2024-03-02", "12", "completed" };
				case INSPECTIONS -> new String[] { school, "I" + row.key(), "2024-04-01", "fire", "3", "2", "0",
						row.variant() == 0 ? "Li" : "Wang" };
			};
		}

		int[] counts() {
			return switch (this) {
				case ENROLLMENT -> IntStream.rangeClosed(2, 10).toArray();
				case TRAINING -> new int[] { 7 }; // hours
				case INSPECTIONS -> new int[] { 4, 5, 6 };
			};
		}

	}

	// What the contract says comes out

	/** One row of {@code rejects.csv} as the contract says it is written (school_code already protected). */
	record Reject(String category, String sourceFile, long line, String schoolCode, String reason) {
	}

	/** The four figures of a category in the manifest. */
	record Counts(long read, long accepted, long rejected, long collapsed) {
	}

	/** A file as written: its path relative to the inbox and its bytes. */
	record Written(String path, byte[] bytes) {
	}

	/** What was written, and what a run must publish about it. */
	record Built(List<Written> files, List<String> inputs, Map<String, Long> rowsRead, Map<String, String> encodings,
			Map<String, Set<Long>> recordLines, Map<String, Counts> counts, List<Reject> rejects) {

		/** Writes the registry, then the files in the given order. */
		Path writeTo(Path root, List<Written> order) {
			TestInbox inbox = TestInbox.in(root);
			for (Written file : order) {
				inbox.bytes(file.path(), file.bytes());
			}
			return root;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder();
			for (Written file : this.files) {
				text.append("--- ").append(file.path()).append('\n').append(printable(file.bytes())).append('\n');
			}
			return text.toString();
		}

	}

	private static String printable(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\r' -> out.append("\\r");
				case '\n' -> out.append("\\n\n");
				case '\0' -> out.append("\\0");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static final String[] FOLDERS = { "", "", "sub/", "a b/", "学校 一/", "x.csv/", "deep/er/" };

	/** Works out the files and the expected outcome. */
	static Built build(InboxSpec spec) {
		List<Written> files = new ArrayList<>();
		Map<String, Long> rowsRead = new TreeMap<>();
		Map<String, String> encodings = new TreeMap<>();
		Map<String, Set<Long>> recordLines = new TreeMap<>();
		List<Reject> rejects = new ArrayList<>();
		Map<Kind, List<Valid>> valid = new LinkedHashMap<>();
		Map<Kind, long[]> tallies = new LinkedHashMap<>(); // read, row rejects
		for (Kind kind : Kind.values()) {
			valid.put(kind, new ArrayList<>());
			tallies.put(kind, new long[2]);
		}
		for (int index = 0; index < spec.files().size(); index++) {
			FileSpec file = spec.files().get(index);
			Rendered rendered = render(file, index);
			files.add(new Written(rendered.path, rendered.bytes));
			rowsRead.put(rendered.path, rendered.rowsRead);
			encodings.put(rendered.path, rendered.encoding);
			recordLines.put(rendered.path, rendered.lines);
			if (rendered.fileReason != null) {
				rejects.add(new Reject(file.kind().folder, rendered.path, 1, "", rendered.fileReason));
			}
			rejects.addAll(rendered.rejects);
			valid.get(file.kind()).addAll(rendered.valid);
			tallies.get(file.kind())[0] += rendered.rowsRead;
			tallies.get(file.kind())[1] += rendered.rejects.size();
		}
		addIgnoredFiles(files, spec.ignored());
		Map<String, Counts> counts = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			long accepted = 0;
			long collapsed = 0;
			long conflicts = 0;
			Map<List<String>, List<Valid>> byKey = new LinkedHashMap<>();
			for (Valid row : valid.get(kind)) {
				List<String> key = new ArrayList<>();
				for (int k : kind.key) {
					key.add(row.values.get(k));
				}
				byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(row);
			}
			for (List<Valid> same : byKey.values()) {
				if (same.stream().map(Valid::values).distinct().count() > 1) {
					conflicts += same.size();
					for (Valid row : same) {
						rejects.add(new Reject(kind.folder, row.path, row.line, protect(row.values.get(0)),
								"DUPLICATE_CONFLICT"));
					}
				}
				else {
					accepted++;
					collapsed += same.size() - 1;
				}
			}
			long[] tally = tallies.get(kind);
			counts.put(kind.folder, new Counts(tally[0], accepted, tally[1] + conflicts, collapsed));
		}
		rejects.sort(Comparator.comparingInt((Reject r) -> kindOf(r.category()).ordinal())
			.thenComparing(Reject::sourceFile, DamagedInboxes::compareUtf8)
			.thenComparingLong(Reject::line));
		List<String> inputs = new ArrayList<>();
		inputs.add("schools.csv");
		for (Kind kind : Kind.values()) {
			rowsRead.keySet()
				.stream()
				.filter((path) -> path.startsWith(kind.folder + "/"))
				.sorted(DamagedInboxes::compareUtf8)
				.forEach(inputs::add);
		}
		return new Built(List.copyOf(files), inputs, rowsRead, encodings, recordLines, counts, rejects);
	}

	private static Kind kindOf(String folder) {
		for (Kind kind : Kind.values()) {
			if (kind.folder.equals(folder)) {
				return kind;
			}
		}
		throw new IllegalArgumentException(folder);
	}

	/** Files the contract says are not read: names starting with '.', other extensions, other folders. */
	private static void addIgnoredFiles(List<Written> files, int ignored) {
		byte[] rows = (TestInbox.ENROLLMENT_HEADER + "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.getBytes(StandardCharsets.UTF_8);
		List<String> paths = List.of("enrollment/.hidden.csv", "teacher_training/.git/x.csv", "enrollment/notes.txt",
				"others/x.csv", "enrollment/a.csv.bak");
		for (int i = 0; i < ignored; i++) {
			files.add(new Written(paths.get(i * 2 % paths.size()), rows));
			files.add(new Written(paths.get((i * 2 + 1) % paths.size()), rows));
		}
	}

	private record Valid(String path, long line, List<String> values) {
	}

	private static final class Rendered {

		String path;

		byte[] bytes;

		String encoding = "UTF-8";

		String fileReason;

		long rowsRead;

		Set<Long> lines = new java.util.TreeSet<>();

		List<Reject> rejects = new ArrayList<>();

		List<Valid> valid = new ArrayList<>();

	}

	/**
	 * One record as written and what the contract makes of it: accepted ({@code reason} null, with its values as the
	 * contract compares them) or rejected; {@code fatal} when the file cannot be parsed from it on.
	 */
	private record Made(String text, String reason, String schoolCode, String[] values, boolean fatal) {

		static Made valid(String text, String[] values) {
			return new Made(text, null, values[0], values, false);
		}

		static Made rejected(String text, String reason, String schoolCode) {
			return new Made(text, reason, schoolCode, null, false);
		}

		static Made unparsable(String text) {
			return new Made(text, "MALFORMED_ROW", "", null, true);
		}

	}

	private static Rendered render(FileSpec file, int index) {
		Random layout = new Random(file.layout());
		Kind kind = file.kind();
		Rendered rendered = new Rendered();
		String[] names = { "f" + index + ".csv", "f" + index + ".CSV", "S" + index + " 入学.csv", "f" + index + ".Csv" };
		rendered.path = kind.folder + "/" + FOLDERS[layout.nextInt(FOLDERS.length)] + names[layout.nextInt(names.length)];

		// The file's columns: contract order or shuffled, optional ones perhaps left out, perhaps an extra one.
		List<String> columns = new ArrayList<>(kind.columns);
		if (layout.nextBoolean()) {
			columns.removeAll(kind.optional);
		}
		if (layout.nextBoolean()) {
			Collections.shuffle(columns, layout);
		}
		String extra = file.fate() == Fate.GB18030 ? "备注" : (layout.nextInt(3) == 0 ? "remarks" : null);
		if (extra != null) {
			columns.add(layout.nextInt(columns.size() + 1), extra);
		}
		StringBuilder text = new StringBuilder();
		List<String> ends = new ArrayList<>();
		for (int i = layout.nextInt(3); i > 0; i--) {
			line(text, blank(layout), file.lineEnd(), layout);
		}
		line(text, header(file.fate(), kind, columns, layout), file.lineEnd(), layout);

		List<Made> records = new ArrayList<>();
		List<Integer> offsets = new ArrayList<>();
		boolean broken = false;
		for (RowSpec row : file.rows()) {
			Random pick = new Random(row.pick());
			if (broken) {
				// After a quote that is never closed nothing may close it: the rest of the file is one open value.
				line(text, render(kind, columns, kind.valid(row), extra, pick, false).replace("\"", ""), file.lineEnd(),
						layout);
				continue;
			}
			Made record = damage(kind, columns, row, extra, pick);
			if (record == null) {
				line(text, pick.nextBoolean() ? blank(pick) : commasOnly(columns.size(), pick), file.lineEnd(), layout);
				continue;
			}
			broken = record.fatal();
			offsets.add(text.length());
			line(text, record.text(), file.lineEnd(), layout);
			records.add(record);
		}
		if (!layout.nextBoolean() && text.length() > 0) {
			int cut = text.toString().endsWith("\r\n") ? 2 : 1;
			text.setLength(text.length() - cut); // no line end after the last line
		}
		String content = text.toString();

		rendered.bytes = encode(file.fate(), content, layout);
		Fate fate = file.fate();
		if (fate == Fate.UTF16LE || fate == Fate.UTF16BE || fate == Fate.INVALID_BYTE) {
			rendered.fileReason = "BAD_ENCODING";
			rendered.encoding = "UNKNOWN";
			return rendered;
		}
		if (fate == Fate.GB18030 && !StrictDecoding.decodes(rendered.bytes, StandardCharsets.UTF_8)) {
			rendered.encoding = "GB18030";
		}
		if (fate == Fate.NO_HEADER) {
			return rendered;
		}
		if (fate == Fate.SEMICOLONS || fate == Fate.TABS || fate == Fate.MISSING_COLUMN || fate == Fate.DOUBLED_COLUMN
				|| fate == Fate.UNPARSABLE_HEADER) {
			rendered.fileReason = "BAD_HEADER";
			return rendered;
		}
		for (int r = 0; r < records.size(); r++) {
			Made record = records.get(r);
			long line = lineAt(content, offsets.get(r));
			rendered.rowsRead++;
			rendered.lines.add(line);
			if (record.reason() == null) {
				rendered.valid.add(new Valid(rendered.path, line, List.of(record.values())));
			}
			else {
				rendered.rejects.add(new Reject(kind.folder, rendered.path, line, protect(cut64(record.schoolCode())),
						record.reason()));
			}
		}
		return rendered;
	}

	/** Damages a valid record as the spec says and renders it; {@code null} for a record that is all empty. */
	private static Made damage(Kind kind, List<String> columns, RowSpec row, String extra, Random pick) {
		String[] values = kind.valid(row);
		String school = values[0];
		Damage damage = row.damage();
		if (kind == Kind.ENROLLMENT) {
			damage = switch (damage) { // enrollment has no dates and no free text
				case BAD_DATE -> Damage.BAD_CODE;
				case OUT_OF_PERIOD -> Damage.INCONSISTENT;
				case NUL_IN_TEXT -> Damage.NUL_IN_COUNT;
				default -> damage;
			};
		}
		switch (damage) {
			case BLANK, COMMAS_ONLY -> {
				return null;
			}
			case NONE -> {
				return Made.valid(render(kind, columns, values, extra, pick, true), canonical(kind, columns, values));
			}
			case EXTRA_FIELD -> {
				String text = render(kind, columns, values, extra, pick, true) + "," + (pick.nextBoolean() ? "x" : "");
				return Made.rejected(text, "MALFORMED_ROW", school);
			}
			case MISSING_LAST_FIELD -> {
				String full = render(kind, columns, values, extra, pick, false);
				boolean schoolLast = columns.get(columns.size() - 1).equals("school_code");
				return Made.rejected(full.substring(0, full.lastIndexOf(',')), "MALFORMED_ROW", schoolLast ? "" : school);
			}
			case EMPTY_REQUIRED -> {
				List<String> required = columns.stream()
					.filter((c) -> kind.columns.contains(c) && !kind.optional.contains(c))
					.toList();
				String column = required.get(pick.nextInt(required.size()));
				values[kind.column(column)] = List.of("", " ", "\t\u3000", "\u00A0").get(pick.nextInt(4));
				return Made.rejected(render(kind, columns, values, extra, pick, false), "MISSING_FIELD",
						column.equals("school_code") ? "" : school);
			}
			case BAD_COUNT -> {
				int column = kind.counts()[pick.nextInt(kind.counts().length)];
				List<String> bad = kind == Kind.TRAINING ? List.of("7.555", "1001", "+3", "１２", "3.", "-1", ".5", "1e2")
						: List.of("１２", "+5", "5.0", "1,200", "-1", "1e2", "1234567890", "1 2", "0x1");
				values[column] = bad.get(pick.nextInt(bad.size()));
				return invalid(kind, columns, values, extra, pick);
			}
			case BAD_CODE -> {
				List<String> codes = columns.stream().filter(kind.codes::contains).toList();
				values[kind.column(codes.get(pick.nextInt(codes.size())))] = List.of("galactic", "primary school", "ｆｉｒｅ")
					.get(pick.nextInt(3));
				return invalid(kind, columns, values, extra, pick);
			}
			case BAD_DATE -> {
				int column = kind == Kind.TRAINING ? kind.column(pick.nextBoolean() ? "start_date" : "end_date")
						: kind.column("inspection_date");
				values[column] = List.of("2024/03/01", "2024-02-30", "20240101", "2024-3-1", "1899-12-31", "２０２４-03-01")
					.get(pick.nextInt(6));
				return invalid(kind, columns, values, extra, pick);
			}
			case UNKNOWN_SCHOOL -> {
				values[0] = List.of("S9", "s1", "S01", "=S1", "S1.", "学校").get(pick.nextInt(6));
				return Made.rejected(render(kind, columns, values, extra, pick, true), "UNKNOWN_SCHOOL", values[0]);
			}
			case OUT_OF_PERIOD -> {
				if (kind == Kind.TRAINING) {
					boolean before = pick.nextBoolean();
					values[kind.column("start_date")] = before ? "2023-12-30" : "2025-01-01";
					values[kind.column("end_date")] = before ? "2024-01-02" : "2025-01-03";
				}
				else {
					values[kind.column("inspection_date")] = pick.nextBoolean() ? "2023-06-30" : "2025-01-01";
				}
				return Made.rejected(render(kind, columns, values, extra, pick, true), "OUT_OF_PERIOD", school);
			}
			case INCONSISTENT -> {
				switch (kind) {
					case ENROLLMENT -> {
						// 390 students: no classes, or more new entrants, disabled or migrant children than students
						String column = List.of("classes", "new_entrants", "students_with_disabilities", "migrant_children")
							.get(pick.nextInt(4));
						values[kind.column(column)] = column.equals("classes") ? "0" : "500";
					}
					case TRAINING -> values[kind.column("end_date")] = "2024-02-29";
					case INSPECTIONS -> values[kind.column(pick.nextBoolean() ? "hazards_rectified" : "major_hazards")] = "4";
				}
				return Made.rejected(render(kind, columns, values, extra, pick, true), "INCONSISTENT", school);
			}
			case NUL_IN_COUNT -> {
				int column = kind.counts()[pick.nextInt(kind.counts().length)];
				values[column] = values[column].substring(0, 1) + "\u0000" + values[column].substring(1);
				return invalid(kind, columns, values, extra, pick);
			}
			case NUL_IN_TEXT -> {
				values[1] = values[1] + "\u0000"; // teacher_id, inspection_id: free text, kept as written
				return Made.valid(render(kind, columns, values, extra, pick, true), canonical(kind, columns, values));
			}
			case LINE_BREAK_IN_TEXT -> {
				values[1] = values[1] + List.of("\n", "\r\n", "\r").get(pick.nextInt(3)) + "b";
				String text = render(kind, columns, values, extra, pick, true);
				if (kind == Kind.ENROLLMENT) {
					return Made.rejected(text, "INVALID_VALUE", school); // a line break in stage, a code
				}
				return Made.valid(text, canonical(kind, columns, values));
			}
			case UNTERMINATED_QUOTE -> {
				String[] cells = cells(kind, columns, values, extra);
				int at = pick.nextInt(cells.length);
				cells[at] = "\"" + cells[at];
				return Made.unparsable(String.join(",", cells));
			}
			case SPACE_AFTER_CLOSING_QUOTE -> {
				String[] cells = cells(kind, columns, values, extra);
				int at = pick.nextInt(cells.length);
				cells[at] = "\"" + cells[at] + "\"" + List.of(" ", "\t", "\u3000", "\u00A0", "x").get(pick.nextInt(5));
				return Made.unparsable(String.join(",", cells));
			}
		}
		throw new IllegalStateException(damage.name());
	}

	private static Made invalid(Kind kind, List<String> columns, String[] values, String extra, Random pick) {
		return Made.rejected(render(kind, columns, values, extra, pick, true), "INVALID_VALUE", values[0]);
	}

	/** The values of a valid record as the contract compares them: trimmed, codes in lower case, left-out optional columns empty. */
	private static String[] canonical(Kind kind, List<String> columns, String[] values) {
		String[] canonical = values.clone();
		for (int c = 0; c < canonical.length; c++) {
			if (!columns.contains(kind.columns.get(c))) {
				canonical[c] = "";
			}
		}
		return canonical;
	}

	/** The cells of a record in the file's column order, as plain text. */
	private static String[] cells(Kind kind, List<String> columns, String[] values, String extra) {
		String[] cells = new String[columns.size()];
		for (int i = 0; i < cells.length; i++) {
			String column = columns.get(i);
			cells[i] = column.equals(extra) ? (extra.equals("备注") ? "已核对" : "ok") : values[kind.column(column)];
		}
		return cells;
	}

	/**
	 * Renders a record in the file's column order. With cosmetics, values get spaces the contract trims, codes get
	 * another letter case, and some values are quoted; none of that changes what the record says.
	 */
	private static String render(Kind kind, List<String> columns, String[] values, String extra, Random pick,
			boolean cosmetics) {
		String[] cells = cells(kind, columns, values, extra);
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i];
			String column = columns.get(i);
			if (cosmetics && kind.codes.contains(column) && pick.nextInt(3) == 0) {
				cell = pick.nextBoolean() ? cell.toUpperCase(Locale.ROOT)
						: cell.substring(0, 1).toUpperCase(Locale.ROOT) + cell.substring(1);
			}
			if (cosmetics && pick.nextInt(4) == 0) {
				String space = List.of(" ", "\t", "\u00A0", "\u3000").get(pick.nextInt(4));
				cell = pick.nextBoolean() ? space + cell : cell + space;
			}
			boolean mustQuote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0;
			if (mustQuote || (cosmetics && pick.nextInt(5) == 0)) {
				cell = "\"" + cell.replace("\"", "\"\"") + "\"";
			}
			cells[i] = cell;
		}
		return String.join(",", cells);
	}

	private static String header(Fate fate, Kind kind, List<String> columns, Random layout) {
		List<String> names = new ArrayList<>();
		for (String column : columns) {
			String name = layout.nextInt(4) == 0 ? column.toUpperCase(Locale.ROOT) : column;
			names.add(layout.nextInt(4) == 0 ? " " + name + "\u3000" : name);
		}
		switch (fate) {
			case SEMICOLONS -> {
				return String.join(";", names);
			}
			case TABS -> {
				return String.join("\t", names);
			}
			case MISSING_COLUMN -> {
				List<String> required = columns.stream()
					.filter((c) -> kind.columns.contains(c) && !kind.optional.contains(c))
					.toList();
				String dropped = required.get(layout.nextInt(required.size()));
				names.remove(columns.indexOf(dropped));
			}
			case DOUBLED_COLUMN -> {
				String doubled = kind.columns.get(layout.nextInt(kind.columns.size()));
				names.add(layout.nextInt(names.size() + 1), doubled.toUpperCase(Locale.ROOT));
				if (!columns.contains(doubled)) {
					names.add(doubled); // a left-out optional column named twice is still named twice
				}
			}
			case UNPARSABLE_HEADER -> names.set(0, "\"" + names.get(0).strip() + "\" ");
			default -> {
			}
		}
		return String.join(",", names);
	}

	private static String blank(Random pick) {
		return List.of("", " ", "\t", "\u3000 ", "\u00A0").get(pick.nextInt(5));
	}

	private static String commasOnly(int width, Random pick) {
		StringBuilder text = new StringBuilder();
		int commas = 1 + pick.nextInt(width + 1);
		for (int i = 0; i < commas; i++) {
			text.append(List.of("", " ", "\"\"", "\" \"").get(pick.nextInt(4))).append(',');
		}
		return text.toString();
	}

	private static void line(StringBuilder text, String line, LineEnd end, Random layout) {
		LineEnd chosen = end == LineEnd.MIXED ? LineEnd.values()[layout.nextInt(3)] : end;
		text.append(line).append(switch (chosen) {
			case CRLF -> "\r\n";
			case CR -> "\r";
			default -> "\n";
		});
	}

	/** The physical line at an offset: every \r\n, lone \r and lone \n before it ends one line. */
	static long lineAt(String text, int offset) {
		long line = 1;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
				line++;
			}
		}
		return line;
	}

	private static byte[] encode(Fate fate, String content, Random layout) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (fate) {
			case UTF8_BOM -> {
				out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
				out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
			}
			case GB18030 -> out.writeBytes(content.getBytes(Charset.forName("GB18030")));
			case UTF16LE -> {
				out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
				out.writeBytes(content.getBytes(StandardCharsets.UTF_16LE));
			}
			case UTF16BE -> {
				out.writeBytes(new byte[] { (byte) 0xFE, (byte) 0xFF });
				out.writeBytes(content.getBytes(StandardCharsets.UTF_16BE));
			}
			case INVALID_BYTE -> {
				// 0xFF starts no character in UTF-8 or GB18030 and ends none: invalid wherever it stands.
				byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
				int at = layout.nextInt(bytes.length + 1);
				out.write(bytes, 0, at);
				out.write(0xFF);
				out.write(bytes, at, bytes.length - at);
			}
			case NO_HEADER -> out.writeBytes(List.of("", "\uFEFF", "\n\n", " , ,\r\n", "\uFEFF\u3000\r")
				.get(layout.nextInt(5))
				.getBytes(StandardCharsets.UTF_8));
			default -> out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	static String protect(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String cut64(String text) {
		return text.codePointCount(0, text.length()) <= 64 ? text : text.substring(0, text.offsetByCodePoints(0, 64));
	}

	static int compareUtf8(String a, String b) {
		return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
