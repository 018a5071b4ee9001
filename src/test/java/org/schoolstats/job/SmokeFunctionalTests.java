package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

class SmokeFunctionalTests extends JobFunctionalTestSupport {

	@TempDir
	Path temp;

	@Test
	void publishesEveryFileOfTheContractForASmallInbox() throws Exception {
		TestInbox inbox = TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n");
		Launched launched = run(inbox.path(), this.temp.resolve("out"), "2024");
		assertThat(launched.status()).isEqualTo(BatchStatus.COMPLETED);
		Path published = launched.published();
		assertThat(published.toFile().list()).containsExactlyInAnyOrderElementsOf(Published.FILES);
		List<Map<String, String>> counties = Published.rows(published.resolve("county_indicators.csv"));
		assertThat(counties).extracting((row) -> row.get("students_total")).containsExactly("390", "0");
	}

}
