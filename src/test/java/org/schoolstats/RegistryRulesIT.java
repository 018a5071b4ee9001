package org.schoolstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schoolstats.support.SchoolStatsJar;
import org.schoolstats.support.TestInbox;

/** Contract sections 1.1 and 4 (packaged jar): a broken registry fails {@code run} with one sentence naming file, line and rule. */
class RegistryRulesIT {

	private static final String H = TestInbox.REGISTRY_HEADER;

	private static final String S1 = "S1,First Primary,C1,North County,primary,urban,public\n";

	private static final String S2 = "S2,Second Junior,C1,North County,junior_secondary,rural,public\n";

	/** Faster start-up for many short processes; it changes nothing the program does. */
	private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1");

	@TempDir
	Path temp;

	static Stream<Arguments> brokenRegistries() {
		return Stream.of(
				broken("schoolCodeIsRequired", H + S1 + ",Nameless,C1,North County,primary,urban,public\n", 3,
						"school_code", "empty"),
				broken("schoolNameIsRequired", H + S1 + "S2, \u3000 ,C1,North County,primary,urban,public\n", 3,
						"school_name", "empty"),
				broken("countyCodeIsRequired", H + "S1,First Primary,,North County,primary,urban,public\n", 2,
						"county_code", "empty"),
				broken("countyNameIsRequired", H + S1 + "S2,Second Junior,C2,,primary,urban,public\n", 3,
						"county_name", "empty"),
				broken("schoolCodeIsUniqueInTheFile", H + S1 + S2 + S1.replace("First", "Other"), 4, "S1", "unique"),
				broken("schoolCodeHasOnlyLettersDigitsHyphensAndUnderscores",
						H + S1 + "S.2,Second Junior,C1,North County,primary,urban,public\n", 3, "school_code", "S.2",
						"1 to 32"),
				broken("schoolCodeHasOnlyAsciiLetters", H + "学校1,First Primary,C1,North County,primary,urban,public\n", 2,
						"school_code", "学校1", "1 to 32"),
				broken("schoolCodeHasAtMost32Characters",
						H + S1 + "S" + "2".repeat(32) + ",Second,C1,North County,primary,urban,public\n", 3,
						"school_code", "1 to 32"),
				broken("countyCodeHasOnlyLettersDigitsHyphensAndUnderscores",
						H + S1 + "S2,Second Junior,C/2,South County,primary,urban,public\n", 3, "county_code", "C/2",
						"1 to 32"),
				broken("countyCodeHasAtMost32Characters",
						H + "S1,First Primary," + "C".repeat(33) + ",North County,primary,urban,public\n", 2,
						"county_code", "1 to 32"),
				broken("sameCountyCodeAlwaysCarriesTheSameCountyName",
						H + S1 + S2.replace("North County", "North  County"), 3, "county_code C1", "county_name"),
				broken("schoolTypeIsOneOfTheListedCodes", H + S1 + S2.replace("junior_secondary", "university"), 3,
						"school_type", "university"),
				broken("localityIsUrbanOrRural", H + S1 + S2.replace("rural", "suburban"), 3, "locality", "suburban"),
				broken("ownershipIsPublicOrPrivate", H + S1 + S2.replace("public", "mixed"), 3, "ownership", "mixed"),
				broken("rowHasAsManyFieldsAsTheHeader", H + S1 + S2.replace("\n", ",extra\n"), 3, "8 fields", "7"),
				broken("rowWithTooFewFieldsIsBroken", H + S1 + "S2,Second Junior,C1\n", 3, "3 fields", "7"),
				broken("headerHasEveryColumn", H.replace(",ownership", "") + S1.replace(",public", ""), 1, "ownership"),
				broken("quoteThatIsNeverClosedBreaksTheRegistry", H + S1 + "S2,\"Second Junior,C1,North County\n", 3,
						"never closed"));
	}

	private static Arguments broken(String rule, String registry, int line, String... ruleWords) {
		return Arguments.of(rule, registry, line, List.of(ruleWords));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRegistries")
	void registryRowBreakingARuleFailsTheRunNamingTheFileTheLineAndTheRule(String rule, String registry, int line,
			List<String> ruleWords) throws Exception {
		SchoolStatsJar.Result result = runOn(registry.getBytes(StandardCharsets.UTF_8));
		String sentence = assertFailedWithOnePlainSentence(result);
		assertThat(sentence).contains("schools.csv").contains("line " + line + ":");
		for (String word : ruleWords) {
			assertThat(sentence).contains(word);
		}
	}

	@Test
	void missingRegistryFailsTheRunNamingTheFile() throws Exception {
		Path input = inbox().path();
		Files.delete(input.resolve("schools.csv"));
		String sentence = assertFailedWithOnePlainSentence(run(input));
		assertThat(sentence).contains("schools.csv").contains("missing");
	}

	@Test
	void registryWithoutSchoolsFailsTheRunNamingTheFile() throws Exception {
		String sentence = assertFailedWithOnePlainSentence(runOn((H + ",,,\n\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(sentence).contains("schools.csv").contains("no schools");
	}

	@Test
	void registryThatCannotBeDecodedFailsTheRunNamingTheFile() throws Exception {
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		utf16.writeBytes((H + S1).getBytes(StandardCharsets.UTF_16LE));
		String sentence = assertFailedWithOnePlainSentence(runOn(utf16.toByteArray()));
		assertThat(sentence).contains("schools.csv").contains("line 1:").contains("UTF-16");
	}

	private SchoolStatsJar.Result runOn(byte[] registry) {
		TestInbox inbox = inbox();
		inbox.bytes("schools.csv", registry);
		return run(inbox.path());
	}

	private TestInbox inbox() {
		return TestInbox.in(this.temp.resolve("in"))
			.enrollment("S1.csv", "S1,primary,10,200,190,60,55,1,2,30,25\n")
			.training("S1.csv", "S1,T1,P1,Reading,county,2024-03-01,2024-03-02,12,completed\n")
			.inspections("S1.csv", "S1,I1,2024-04-01,fire,3,2,0,Li\n");
	}

	private SchoolStatsJar.Result run(Path input) {
		return SchoolStatsJar.run(this.temp.resolve("work"), JVM, Map.of(), "run", "--input", input.toString(),
				"--output", output().toString(), "--period", "2024");
	}

	private Path output() {
		return this.temp.resolve("out");
	}

	/** Exit code 1, one sentence on standard error, no stack trace anywhere on the console, nothing published. */
	private String assertFailedWithOnePlainSentence(SchoolStatsJar.Result result) {
		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		String sentence = result.stderr().strip();
		assertThat(sentence).as(result.output()).isNotEmpty().doesNotContain("\n").endsWith(".");
		assertThat(result.output()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Caused by");
		assertThat(output().resolve("2024")).doesNotExist();
		return sentence;
	}

}
