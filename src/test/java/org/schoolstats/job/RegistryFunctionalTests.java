package org.schoolstats.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schoolstats.support.Published;
import org.schoolstats.support.TestInbox;
import org.springframework.batch.core.BatchStatus;

/** Contract section 1.1: a broken registry fails the run before publishing, naming the file, line and rule. */
class RegistryFunctionalTests extends JobFunctionalTestSupport {

	private static final String H = TestInbox.REGISTRY_HEADER;

	private static final String S1 = "S1,First Primary,C1,North County,primary,urban,public\n";

	@TempDir
	Path temp;

	static Stream<Arguments> brokenRegistries() {
		return Stream.of(Arguments.of("a doubled school_code", H + S1 + "S1,Again,C1,North County,primary,urban,public\n",
				new String[] { "line 3", "S1" }),
				Arguments.of("a county_code with two names", H + S1 + "S2,Second,C1,South County,primary,urban,public\n",
						new String[] { "line 3", "county_name" }),
				Arguments.of("a wrong number of fields", H + "S1,First Primary,C1,North County,primary,urban\n",
						new String[] { "line 2", "fields" }),
				Arguments.of("an unknown school_type", H + S1 + "S2,Second,C1,North County,university,urban,public\n",
						new String[] { "line 3", "school_type" }),
				Arguments.of("a school_code with a dot", H + "S.1,First Primary,C1,North County,primary,urban,public\n",
						new String[] { "line 2", "school_code" }),
				Arguments.of("an empty school_name", H + "S1, ,C1,North County,primary,urban,public\n",
						new String[] { "line 2", "school_name" }),
				Arguments.of("an unknown locality", H + "S1,First Primary,C1,North County,primary,town,public\n",
						new String[] { "line 2", "locality" }),
				Arguments.of("no schools", H + ",,,,,,\n", new String[] { "no schools" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRegistries")
	void brokenRegistryFailsTheRunNamingFileLineAndRule(String what, String registry, String[] named)
			throws Exception {
		Path input = TestInbox.in(this.temp.resolve("in"))
			.registry(registry)
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.path();
		Launched launched = run(input, this.temp.resolve("out"), "2024");
		assertThat(launched.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureMessages(launched)).contains("schools.csv").contains(named);
		assertThat(Files.exists(this.temp.resolve("out/2024"))).isFalse();
	}

	@Test
	void missingRegistryFailsTheRunAndLeavesThePublicationAsItWas() throws Exception {
		Path output = this.temp.resolve("out");
		Path good = TestInbox.in(this.temp.resolve("good"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.path();
		assertThat(run(good, output, "2024").status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> published = Published.snapshot(output.resolve("2024"));
		Files.delete(good.resolve("schools.csv"));

		Launched launched = run(good, output, "2024");

		assertThat(launched.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failureMessages(launched)).contains("schools.csv");
		assertThat(Published.snapshot(output.resolve("2024"))).isEqualTo(published);
	}

	private static String failureMessages(Launched launched) {
		return launched.execution()
			.getAllFailureExceptions()
			.stream()
			.flatMap((failure) -> Stream.iterate(failure, (cause) -> cause != null, Throwable::getCause))
			.map(String::valueOf)
			.collect(Collectors.joining("\n"));
	}

}
