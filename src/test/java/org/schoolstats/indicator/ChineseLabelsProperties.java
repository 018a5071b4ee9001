package org.schoolstats.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.schoolstats.csv.Codes;
import org.schoolstats.csv.Header;
import org.schoolstats.csv.Labelled;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.reconcile.AcceptedRows;
import org.schoolstats.reconcile.Reconciliation;
import org.schoolstats.registry.County;
import org.schoolstats.registry.Registry;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Column;
import org.schoolstats.submission.Period;
import org.schoolstats.submission.RowChecker;
import org.schoolstats.submission.SubmissionFile;
import org.schoolstats.submission.Submitted;
import org.schoolstats.support.TestInbox;
import org.schoolstats.work.WorkArea;
import org.springframework.util.FileSystemUtils;

/**
 * Contract section 1, "Codes": a label is the same value as its code everywhere. Returns whose code columns are
 * rewritten at random with labels (or the code in another case, with spaces around) give the same accepted figures
 * as the returns written with codes.
 */
class ChineseLabelsProperties {

	private static Path temp;

	private static Registry registry;

	private static RowChecker checker;

	@BeforeContainer
	static void loadRegistry() throws IOException {
		temp = Files.createTempDirectory("chinese-labels");
		Files.writeString(temp.resolve("schools.csv"), TestInbox.REGISTRY, StandardCharsets.UTF_8);
		registry = Registry.load(temp);
		checker = new RowChecker(registry, Period.parse("2024"));
	}

	@AfterContainer
	static void removeTemp() throws IOException {
		FileSystemUtils.deleteRecursively(temp);
	}

	@Property(tries = 200)
	void returnsWrittenWithLabelsGiveTheSameFiguresAsWithCodes(@ForAll long seed) throws Exception {
		SplittableRandom random = new SplittableRandom(seed);
		List<Record> withCodes = new ArrayList<>();
		for (int i = random.nextInt(1, 40); i > 0; i--) {
			withCodes.add(record(random));
		}
		List<Record> withLabels = withCodes.stream().map((record) -> relabelled(record, random)).toList();

		List<List<String>> byCodes = figures(withCodes, "codes");
		List<List<String>> byLabels = figures(withLabels, "labels");

		assertThat(byLabels).isEqualTo(byCodes);
	}

	private record Record(Category category, String[] values) {
	}

	private static Record record(SplittableRandom random) {
		String school = "S" + random.nextInt(1, 4);
		String teacher = "T" + random.nextInt(1, 6);
		return switch (random.nextInt(3)) {
			case 0 -> new Record(Category.ENROLLMENT, new String[] { school, code(Category.ENROLLMENT, 1, random),
					"" + random.nextInt(1, 20), "" + random.nextInt(0, 500), "" + random.nextInt(0, 500), "0", "3",
					"1", "0", "0", "" + random.nextInt(0, 40) });
			case 1 -> new Record(Category.TEACHER_TRAINING, new String[] { school, teacher, "P" + random.nextInt(3),
					"Reading", code(Category.TEACHER_TRAINING, 4, random), "2024-03-01", "2024-03-02",
					"" + random.nextInt(1, 40), code(Category.TEACHER_TRAINING, 8, random) });
			default -> {
				int found = random.nextInt(0, 9);
				yield new Record(Category.SAFETY_INSPECTIONS, new String[] { school, "I" + random.nextInt(10),
						"2024-04-01", code(Category.SAFETY_INSPECTIONS, 3, random), "" + found,
						"" + random.nextInt(0, found + 1), "0", "Li" });
			}
		};
	}

	/** A code of the column's list, as the contract writes it. */
	private static String code(Category category, int column, SplittableRandom random) {
		Enum<?>[] codes = category.columns().get(column).codes().getEnumConstants();
		return Codes.code(codes[random.nextInt(codes.length)]);
	}

	/** The same record with every code written another way: a label of the code, or the code in upper case. */
	private static Record relabelled(Record record, SplittableRandom random) {
		String[] values = record.values().clone();
		List<Column> columns = record.category().columns();
		for (int c = 0; c < values.length; c++) {
			Class<? extends Enum<?>> codes = columns.get(c).codes();
			if (codes == null) {
				continue;
			}
			Enum<?> constant = (Enum<?>) Codes.parse((Class) codes, values[c]);
			List<String> labels = ((Labelled) constant).labels();
			String written = random.nextInt(4) == 0 ? values[c].toUpperCase(Locale.ROOT)
					: labels.get(random.nextInt(labels.size()));
			values[c] = random.nextBoolean() ? "\u3000" + written + " " : written;
		}
		return new Record(record.category(), values);
	}

	/** The county indicator rows that the records, checked and accepted, add up to. */
	private static List<List<String>> figures(List<Record> records, String name) throws Exception {
		AcceptedRows recorder = Totals.recorder(registry, new WorkArea(temp.resolve(name)), (kept) -> {
		});
		AcceptedRows.Part part = recorder.newPart();
		int line = 1;
		for (Record record : records) {
			Checked checked = check(record, ++line);
			assertThat(checked).as(String.join(",", record.values())).isInstanceOf(Checked.Accepted.class);
			part.add(record.category(), (Checked.Accepted) checked);
		}
		part.endOfBucket();
		recorder.finish(List.of(part), new Reconciliation(Map.of(), Map.of(), Map.of(), 0));
		Totals totals = Totals.read(new WorkArea(temp.resolve(name)));
		List<List<String>> rows = new ArrayList<>();
		for (County county : registry.counties()) {
			List<SchoolTotals> schools = new ArrayList<>();
			totals.schools().forEach((school) -> {
				if (school.school().countyCode().equals(county.code())) {
					schools.add(school);
				}
			});
			rows.add(List.of(CountyIndicators.of(county, schools, totals.teachersTrained(county.code())).cells()));
		}
		return rows;
	}

	private static Checked check(Record record, int line) {
		Category category = record.category();
		Header header = Header.match(category.columnNames().toArray(String[]::new), category.columnNames(),
				category.optionalColumns());
		SubmissionFile file = new SubmissionFile(category, 0, category.folder() + "/a.csv", "", 0, TextEncoding.UTF_8,
				null);
		return checker.process(Submitted.Row.of(file, line, record.values(), header));
	}

}
