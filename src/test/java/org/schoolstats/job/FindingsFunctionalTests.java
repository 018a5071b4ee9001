package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract section 3.3: every check of findings.csv, and its order (county_code, school_code by bytes, check). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsFunctionalTests extends JobFunctionalTestSupport {

	/** C10 sorts before C2, and S10 before S8 before S9, by bytes. */
	private static final String REGISTRY = TestInbox.REGISTRY_HEADER
			+ "S9,Nine,C2,Two County,primary,urban,public\n"
			+ "S8,Eight,C2,Two County,primary,urban,public\n"
			+ "S10,Ten,C2,Two County,combined,urban,public\n"
			+ "A1,Alpha,C10,Ten County,primary,rural,public\n";

	@TempDir
	static Path temp;

	private Launched launched;

	@BeforeAll
	void runTheJob() throws Exception {
		TestInbox inbox = TestInbox.in(temp.resolve("in"))
			.registry(REGISTRY)
			.enrollment("S10.csv", "S10,primary,1,34,33,0,0,0,0,0,1\n" // 67 in 1 class
					+ "S10,junior,3,100,100,0,0,0,0,0,0\n" // 200 > 66 x 3
					+ "S10,senior,1,33,33,0,0,0,0,0,1\n" // 66 in 1 class: 66 or more
					+ "S10,vocational,2,60,60,0,0,0,0,0,0\n") // 60 per class: at least 56, under 66
			.training("S10.csv", "S10,T1,P1,,county,2024-03-01,2024-03-02,1,completed\n"
					+ "S10,T1,P2,,county,2024-03-01,2024-03-02,1,completed\n" // T1 again: one teacher
					+ "S10,T2,P1,,county,2024-03-01,2024-03-02,1,completed\n"
					+ "S10,T3,P1,,county,2024-03-01,2024-03-02,1,Completed\n"
					+ "S10,T4,P1,,county,2024-03-01,2024-03-02,1,in_progress\n") // not completed: not counted
			.training("S8.csv", "S8,U1,P1,,county,2024-03-01,2024-03-02,1,completed\n"
					+ "S8,U2,P1,,county,2024-03-01,2024-03-02,1,completed\n")
			.inspections("S8.csv", "S8,I1,2024-04-01,fire,0,0,0,Li\n")
			// 1,999,999,998 students in 999,999,999 classes: 66 x classes overflows an int
			.enrollment("S9.csv", "S9,primary,1,1,1,0,0,0,0,0,2\n"
					+ "S9,vocational,999999999,999999999,999999999,0,0,0,0,0,0\n")
			// the same teacher_id as at S8: one teacher for the county, one for each school
			.training("S9.csv", "S9,U1,P1,,county,2024-03-01,2024-03-02,1,completed\n"
					+ "S9,U2,P1,,county,2024-03-01,2024-03-02,1,completed\n")
			.inspections("S9.csv", "S9,I2,2024-04-01,fire,0,0,0,Li\n");
		this.launched = run(inbox.path(), temp.resolve("out"), "2024");
		assertThat(this.launched.status()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void findingsAreOrderedByCountyThenSchoolThenCheck() {
		assertThat(Published.findingKeys(this.launched.file("findings.csv"))).containsExactly(
				"C10 A1 MISSING_ENROLLMENT", "C10 A1 MISSING_TRAINING", "C10 A1 MISSING_INSPECTION",
				"C2 S10 MISSING_INSPECTION", "C2 S10 TRAINED_EXCEEDS_STAFF", "C2 S10 LARGE_CLASSES",
				"C2 S10 OVERSIZED_CLASSES", "C2 S10 OVERSIZED_CLASSES", "C2 S10 OVERSIZED_CLASSES",
				"C2 S8 MISSING_ENROLLMENT");
	}

	@Test
	void oversizedClassesIsOneFindingPerRowOfSixtySixOrMoreNamingTheStageInStageOrder() {
		List<String> details = findings().stream()
			.filter((row) -> row.get(2).equals("OVERSIZED_CLASSES"))
			.map((row) -> row.get(3))
			.toList();
		assertThat(details).hasSize(3);
		assertThat(details.get(0)).contains("primary").containsPattern("\\b67\\b");
		assertThat(details.get(1)).contains("junior").containsPattern("\\b200\\b");
		assertThat(details.get(2)).contains("senior").containsPattern("\\b66\\b").contains("66 or more");
	}

	@Test
	void largeClassesIsOneFindingPerRowOfFiftySixToUnderSixtySix() {
		assertThat(findings()).filteredOn((row) -> row.get(2).equals("LARGE_CLASSES"))
			.extracting((row) -> row.get(3))
			.containsExactly("stage vocational has 120 students in 2 classes, 60.0 per class on average: at least 56 "
					+ "and under 66 per class (大班额)");
	}

	@Test
	void trainedExceedsStaffCountsDistinctTeachersWithACompletedRowAgainstSummedStaff() {
		String detail = findings().stream()
			.filter((row) -> row.get(2).equals("TRAINED_EXCEEDS_STAFF"))
			.map((row) -> row.get(3))
			.findFirst()
			.orElseThrow();
		assertThat(detail).containsPattern("\\b3\\b").containsPattern("\\b2\\b");
	}

	@Test
	void trainedExceedsStaffNeedsAcceptedEnrollmentRows() {
		assertThat(findings()).noneMatch((row) -> row.get(1).equals("S8") && row.get(2).equals("TRAINED_EXCEEDS_STAFF"));
	}

	@Test
	void teachersTrainedCountsDistinctTeacherIdsInTheCounty() {
		// C2: T1, T2, T3 at S10 and U1, U2 at both S8 and S9
		assertThat(Published.rowOf(this.launched.file("county_indicators.csv"), "C2").get(23)).isEqualTo("5");
	}

	private List<List<String>> findings() {
		return Published.dataRows(this.launched.file("findings.csv"));
	}

}
