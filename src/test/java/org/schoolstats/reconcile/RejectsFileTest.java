package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.csv.CsvOutput;
import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;
import org.schoolstats.support.Published;

/** Contract section 3.5: the columns of rejects.csv and the protection of its text cells. */
class RejectsFileTest {

	@TempDir
	Path dir;

	private Path write(Category category, String sourceFile, Checked.Rejected... rejects) throws Exception {
		Path file = this.dir.resolve(RejectsFile.NAME);
		try (CsvOutput out = RejectsFile.create(file)) {
			for (Checked.Rejected reject : rejects) {
				RejectsFile.write(out, category, sourceFile, reject);
			}
		}
		return file;
	}

	@Test
	void headerIsCategorySourceFileLineSchoolCodeReasonDetail() throws Exception {
		Path file = write(Category.ENROLLMENT, "enrollment/a.csv");

		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("category,source_file,line,school_code,reason,detail\n");
	}

	@Test
	void eachRejectIsOneRowWithTheCategoryFolderAndThePhysicalLine() throws Exception {
		Path file = write(Category.TEACHER_TRAINING, "teacher_training/sub/第一.csv",
				new Checked.Rejected(0, 12, "S1", Reason.OUT_OF_PERIOD, "start_date 2023-12-31 is outside the period"));

		assertThat(Published.rows(file)).containsExactly(Map.of("category", "teacher_training", "source_file",
				"teacher_training/sub/第一.csv", "line", "12", "school_code", "S1", "reason", "OUT_OF_PERIOD", "detail",
				"start_date 2023-12-31 is outside the period"));
	}

	@Test
	void schoolCodeAndDetailThatLookLikeFormulasGetALeadingApostrophe() throws Exception {
		Path file = write(Category.ENROLLMENT, "enrollment/a.csv",
				new Checked.Rejected(0, 2, "=cmd|' /C calc'!A0", Reason.UNKNOWN_SCHOOL, "=HYPERLINK(\"x\")"),
				new Checked.Rejected(0, 3, "+S1", Reason.UNKNOWN_SCHOOL, "+1"),
				new Checked.Rejected(0, 4, "-S1", Reason.UNKNOWN_SCHOOL, "-1"),
				new Checked.Rejected(0, 5, "@S1", Reason.UNKNOWN_SCHOOL, "@x"));

		List<Map<String, String>> rows = Published.rows(file);
		assertThat(rows).extracting((r) -> r.get("school_code"))
			.containsExactly("'=cmd|' /C calc'!A0", "'+S1", "'-S1", "'@S1");
		assertThat(rows).extracting((r) -> r.get("detail")).containsExactly("'=HYPERLINK(\"x\")", "'+1", "'-1", "'@x");
	}

	@Test
	void anUnknownSchoolCodeIsAnEmptyCell() throws Exception {
		Path file = write(Category.ENROLLMENT, "enrollment/a.csv",
				new Checked.Rejected(0, 1, "", Reason.BAD_HEADER, "the header lacks the column stage"));

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith(
				"\nenrollment,enrollment/a.csv,1,,BAD_HEADER,the header lacks the column stage\n");
	}

	@Test
	void detailsWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180() throws Exception {
		Path file = write(Category.ENROLLMENT, "enrollment/a.csv",
				new Checked.Rejected(0, 2, "S1", Reason.INVALID_VALUE, "stage \"a,b\nc\" is not one of x"));

		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.endsWith("\nenrollment,enrollment/a.csv,2,S1,INVALID_VALUE,\"stage \"\"a,b\nc\"\" is not one of x\"\n");
	}

}
