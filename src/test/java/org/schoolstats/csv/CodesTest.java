package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.TrainingResult;

/** Contract section 1.2: codes come from fixed lists and compare trimmed and in lower case. */
class CodesTest {

	@Test
	void parsesACodeInLowerCase() {
		assertThat(Codes.parse(ProgramLevel.class, "provincial")).isEqualTo(ProgramLevel.PROVINCIAL);
		assertThat(Codes.parse(TrainingResult.class, "completed")).isEqualTo(TrainingResult.COMPLETED);
	}

	@Test
	void parsesACodeInAnyCaseWithSurroundingSpaces() {
		assertThat(Codes.parse(ProgramLevel.class, " National ")).isEqualTo(ProgramLevel.NATIONAL);
		assertThat(Codes.isListed(ProgramLevel.class, "SCHOOL")).isTrue();
	}

	@Test
	void aValueOutsideTheListIsNoCode() {
		assertThat(Codes.parse(ProgramLevel.class, "regional")).isNull();
		assertThat(Codes.isListed(ProgramLevel.class, "")).isFalse();
		assertThat(Codes.isListed(ProgramLevel.class, "province")).isFalse();
		assertThat(Codes.parse(ProgramLevel.class, "schools")).isNull(); // a code with more after it is no code
		assertThat(Codes.isListed(ProgramLevel.class, "county level")).isFalse();
	}

	@Test
	void listsTheCodesInContractOrderForMessages() {
		assertThat(Codes.list(ProgramLevel.class)).isEqualTo("national, provincial, municipal, county, school");
	}

}
