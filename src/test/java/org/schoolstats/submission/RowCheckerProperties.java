package org.schoolstats.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.schoolstats.csv.Header;
import org.schoolstats.csv.TextEncoding;
import org.schoolstats.registry.Registry;
import org.schoolstats.support.TestInbox;
import org.springframework.util.FileSystemUtils;

/** Contract section 2: whatever rules a record breaks together, its reason is the first of them in the table. */
class RowCheckerProperties {

	private static Path registryDirectory;

	private static RowChecker checker;

	@BeforeContainer
	static void loadRegistry() throws IOException {
		registryDirectory = Files.createTempDirectory("row-checker-properties");
		Files.writeString(registryDirectory.resolve("schools.csv"), TestInbox.REGISTRY, StandardCharsets.UTF_8);
		checker = new RowChecker(Registry.load(registryDirectory), Period.parse("2024-H1"));
	}

	@AfterContainer
	static void removeRegistry() throws IOException {
		FileSystemUtils.deleteRecursively(registryDirectory);
	}

	@Property
	void trainingRecordReasonIsTheFirstRuleBroken(@ForAll boolean missing, @ForAll boolean invalid,
			@ForAll boolean unknown, @ForAll boolean outOfPeriod, @ForAll boolean inconsistent,
			@ForAll boolean early, @ForAll boolean wrongWidth) {
		// 128 combinations: few enough that jqwik tries every one
		Set<Reason> broken = EnumSet.noneOf(Reason.class);
		addIf(broken, missing, Reason.MISSING_FIELD);
		addIf(broken, invalid, Reason.INVALID_VALUE);
		addIf(broken, unknown, Reason.UNKNOWN_SCHOOL);
		addIf(broken, outOfPeriod, Reason.OUT_OF_PERIOD);
		addIf(broken, inconsistent, Reason.INCONSISTENT);
		String[] values = { "S1", "T1", "P1", "Reading", "county", "2024-03-02", "2024-03-05", "12", "completed" };
		if (broken.contains(Reason.MISSING_FIELD)) {
			values[early ? 1 : 8] = " ";
		}
		if (broken.contains(Reason.INVALID_VALUE)) {
			values[early ? 4 : 7] = early ? "galactic" : "7.555";
		}
		if (broken.contains(Reason.UNKNOWN_SCHOOL)) {
			values[0] = "s1";
		}
		values[5] = outOfPeriod ? "2024-07-10" : "2024-03-02";
		values[6] = inconsistent ? (outOfPeriod ? "2024-07-09" : "2024-03-01")
				: (outOfPeriod ? "2024-07-11" : "2024-03-05");
		if (wrongWidth) {
			values = java.util.Arrays.copyOf(values, values.length + 1);
			broken.add(Reason.MALFORMED_ROW);
		}
		Category category = Category.TEACHER_TRAINING;
		Header header = Header.match(category.columnNames().toArray(String[]::new), category.columnNames(),
				category.optionalColumns());
		SubmissionFile file = new SubmissionFile(category, 0, "teacher_training/a.csv", "", 0, TextEncoding.UTF_8, null);
		Checked checked = checker.process(Submitted.Row.of(file, 2, values, header));
		if (broken.isEmpty()) {
			assertThat(checked).isInstanceOf(Checked.Accepted.class);
		}
		else {
			assertThat(checked).isInstanceOf(Checked.Rejected.class);
			assertThat(((Checked.Rejected) checked).reason()).isEqualTo(broken.iterator().next());
		}
	}

	private static void addIf(Set<Reason> broken, boolean condition, Reason reason) {
		if (condition) {
			broken.add(reason);
		}
	}

}
