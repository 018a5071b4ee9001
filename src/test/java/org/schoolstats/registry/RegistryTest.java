package org.schoolstats.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.schoolstats.csv.TextEncoding;

/** Contract section 1.1: the registry loads whole or fails with a message naming the file, the line and the rule. */
class RegistryTest {

	private static final String HEADER = "school_code,school_name,county_code,county_name,school_type,locality,ownership\n";

	private static final String S1 = "S1,First Primary,C1,North County,primary,urban,public\n";

	private static final String S2 = "S2,Second Junior,C1,North County,junior_secondary,rural,public\n";

	@TempDir
	Path temp;

	@Test
	void loadsValidRegistry() {
		Registry registry = load(HEADER + S1 + S2 + "S3,Third,C2,South County,kindergarten,urban,private\n");
		assertThat(registry.schools()).extracting(School::code).containsExactly("S1", "S2", "S3");
		School s2 = registry.school("S2");
		assertThat(s2.name()).isEqualTo("Second Junior");
		assertThat(s2.countyCode()).isEqualTo("C1");
		assertThat(s2.countyName()).isEqualTo("North County");
		assertThat(s2.type()).isEqualTo(SchoolType.JUNIOR_SECONDARY);
		assertThat(s2.locality()).isEqualTo(Locality.RURAL);
		assertThat(s2.ownership()).isEqualTo(Ownership.PUBLIC);
		assertThat(registry.counties()).containsExactly(new County("C1", "North County"),
				new County("C2", "South County"));
	}

	@Test
	void loadsRegistryWithExtraColumnsFreeOrderMixedCaseCodesAndTrimmedValues() {
		Registry registry = load(" Ownership ,remarks,LOCALITY,School_Type,county_name,county_code,school_name,school_code\n"
				+ " PUBLIC ,anything,Urban,Junior_Secondary,\u3000North County,C1 ,First\u00A0School, S1\t\n"
				+ "Private,,RURAL,COMBINED,North County,C1,Second,s-2_b\n");
		School s1 = registry.school("S1");
		assertThat(s1.type()).isEqualTo(SchoolType.JUNIOR_SECONDARY);
		assertThat(s1.locality()).isEqualTo(Locality.URBAN);
		assertThat(s1.ownership()).isEqualTo(Ownership.PUBLIC);
		assertThat(s1.name()).isEqualTo("First\u00A0School");
		assertThat(registry.school("s-2_b").type()).isEqualTo(SchoolType.COMBINED);
		assertThat(registry.counties()).containsExactly(new County("C1", "North County"));
	}

	@Test
	void loadsGbkEncodedRegistry() throws IOException {
		String text = HEADER + "4117270003,\u6C5D\u5357\u53BF\u7B2C\u4E00\u5C0F\u5B66,411727,\u6C5D\u5357\u53BF,primary,rural,public\n";
		Files.write(this.temp.resolve("schools.csv"), text.getBytes(Charset.forName("GBK")));
		Registry registry = Registry.load(this.temp);
		assertThat(registry.source().encoding()).isEqualTo(TextEncoding.GB18030);
		assertThat(registry.school("4117270003").name()).isEqualTo("\u6C5D\u5357\u53BF\u7B2C\u4E00\u5C0F\u5B66");
		assertThat(registry.counties()).containsExactly(new County("411727", "\u6C5D\u5357\u53BF"));
	}

	@Test
	void loadsUtf8RegistryWithByteOrderMark() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes((HEADER + S1).getBytes(StandardCharsets.UTF_8));
		Files.write(this.temp.resolve("schools.csv"), bytes.toByteArray());
		assertThat(Registry.load(this.temp).school("S1")).isNotNull();
	}

	@Test
	void skipsAllEmptyRecords() {
		Registry registry = load("\n" + HEADER + ",,,,,,\n \u3000\n" + S1);
		assertThat(registry.schools()).hasSize(1);
	}

	@Test
	void thirtyTwoCharacterCodesAreAllowed() {
		String code = "A".repeat(16) + "z9-_".repeat(4);
		Registry registry = load(HEADER + code + ",Long," + code + ",County,primary,urban,public\n");
		assertThat(registry.school(code)).isNotNull();
	}

	@Test
	void schoolCodeLookupIsExact() {
		Registry registry = load(HEADER + S1);
		assertThat(registry.school("S1")).isNotNull();
		assertThat(registry.school("s1")).isNull();
		assertThat(registry.school(" S1")).isNull();
	}

	@Test
	void countiesAreSortedByCountyCodeBytes() {
		Registry registry = load(HEADER + "S1,a,c1,Lower,primary,urban,public\n" + "S2,b,C_1,Under,primary,urban,public\n"
				+ "S3,c,CB,Bee,primary,urban,public\n" + "S4,d,C1,One,primary,urban,public\n"
				+ "S5,e,C-1,Dash,primary,urban,public\n" + "S6,f,C10,Ten,primary,urban,public\n"
				+ "S7,g,C2,Two,primary,urban,public\n");
		assertThat(registry.counties()).extracting(County::code)
			.containsExactly("C-1", "C1", "C10", "C2", "CB", "C_1", "c1");
	}

	@Test
	void schoolsAreSortedBySchoolCodeBytes() {
		Registry registry = load(HEADER + "s1,a,C1,N,primary,urban,public\n" + "S_1,b,C1,N,primary,urban,public\n"
				+ "S10,c,C1,N,primary,urban,public\n" + "S2,d,C1,N,primary,urban,public\n"
				+ "S-1,e,C1,N,primary,urban,public\n" + "S1,f,C1,N,primary,urban,public\n");
		assertThat(registry.schools()).extracting(School::code).containsExactly("S-1", "S1", "S10", "S2", "S_1", "s1");
	}

	// failures

	/**
	 * Every rule of section 1.1 a registry row can break, each with the message the operator gets (the one sentence
	 * that {@code run} prints, exit code 1): it names {@code schools.csv}, the line and the rule. The process-level
	 * test {@code RegistryRulesIT} runs one of them through the packaged jar.
	 */
	static Stream<Arguments> registryRowsBreakingARule() {
		return Stream.of(
				broken("schoolCodeIsRequired", HEADER + S1 + ",Nameless,C1,North County,primary,urban,public\n", 3,
						"school_code", "empty"),
				broken("schoolNameIsRequired", HEADER + S1 + "S2, \u3000 ,C1,North County,primary,urban,public\n", 3,
						"school_name", "empty"),
				broken("countyCodeIsRequired", HEADER + "S1,First Primary,,North County,primary,urban,public\n", 2,
						"county_code", "empty"),
				broken("countyNameIsRequired", HEADER + S1 + "S2,Second Junior,C2,,primary,urban,public\n", 3,
						"county_name", "empty"),
				broken("localityIsRequired", HEADER + "S1,First,C1,North,primary,,public\n", 2, "locality"),
				broken("schoolCodeIsUniqueInTheFile", HEADER + S1 + S2 + S1.replace("First", "Other"), 4, "S1",
						"unique"),
				broken("schoolCodeIsUniqueInTheFileWhateverTheOtherValues",
						HEADER + "S1,First,C1,North,primary,urban,public\n" + "S1,Again,C1,North,primary,urban,public\n",
						3, "S1"),
				broken("schoolCodeHasOnlyLettersDigitsHyphensAndUnderscores",
						HEADER + S1 + "S.2,Second Junior,C1,North County,primary,urban,public\n", 3, "school_code",
						"S.2", "1 to 32"),
				broken("schoolCodeHasNoSpaces", HEADER + "S 1,First,C1,North,primary,urban,public\n", 2,
						"school_code"),
				broken("schoolCodeHasOnlyAsciiLetters",
						HEADER + "\u5B66\u68211,First Primary,C1,North County,primary,urban,public\n", 2, "school_code",
						"\u5B66\u68211", "1 to 32"),
				broken("schoolCodeHasAtMost32Characters",
						HEADER + S1 + "S" + "2".repeat(32) + ",Second,C1,North County,primary,urban,public\n", 3,
						"school_code", "1 to 32"),
				broken("countyCodeHasOnlyLettersDigitsHyphensAndUnderscores",
						HEADER + S1 + "S2,Second Junior,C/2,South County,primary,urban,public\n", 3, "county_code",
						"C/2", "1 to 32"),
				broken("countyCodeHasAtMost32Characters",
						HEADER + "S1,First Primary," + "C".repeat(33) + ",North County,primary,urban,public\n", 2,
						"county_code", "1 to 32"),
				broken("sameCountyCodeAlwaysCarriesTheSameCountyName",
						HEADER + S1 + S2.replace("North County", "North  County"), 3, "county_code C1", "county_name"),
				broken("sameCountyCodeAlwaysCarriesTheSameCountyNameWithOtherCountiesBetween",
						HEADER + "S1,First,C1,North,primary,urban,public\n" + "S2,Second,C2,South,primary,rural,public\n"
								+ "S3,Third,C1,Northern,primary,urban,public\n",
						4, "county_name"),
				broken("schoolTypeIsOneOfTheListedCodes", HEADER + S1 + S2.replace("junior_secondary", "university"),
						3, "school_type", "university"),
				broken("schoolTypeIsOneOfTheListedCodesNotAnyWordForASchool",
						HEADER + "S1,First,C1,North,primary,urban,public\n" + "S2,Second,C1,North,college,urban,public\n",
						3, "school_type", "college"),
				broken("localityIsUrbanOrRural", HEADER + S1 + S2.replace("rural", "suburban"), 3, "locality",
						"suburban"),
				broken("ownershipIsPublicOrPrivate", HEADER + S1 + S2.replace("public", "mixed"), 3, "ownership",
						"mixed"),
				broken("rowHasAsManyFieldsAsTheHeader", HEADER + S1 + S2.replace("\n", ",extra\n"), 3, "8 fields",
						"7"),
				broken("rowWithTooFewFieldsIsBroken", HEADER + S1 + "S2,Second Junior,C1\n", 3, "3 fields", "7"),
				broken("rowWithOneFieldTooFewIsBroken", HEADER + "S1,First,C1,North,primary,urban\n", 2, "field"),
				broken("headerHasEveryColumn", HEADER.replace(",ownership", "") + S1.replace(",public", ""), 1,
						"ownership"),
				broken("quoteThatIsNeverClosedBreaksTheRegistry",
						HEADER + S1 + "S2,\"Second Junior,C1,North County\n", 3, "never closed"));
	}

	private static Arguments broken(String rule, String registry, int line, String... ruleWords) {
		return Arguments.of(rule, registry, line, List.of(ruleWords));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("registryRowsBreakingARule")
	void registryRowBreakingARuleFailsWithOneSentenceNamingSchoolsCsvTheLineAndTheRule(String rule, String registry,
			int line, List<String> ruleWords) {
		failsWith(registry).withMessageContaining("line " + line + ":")
			.withMessageContainingAll(ruleWords.toArray(CharSequence[]::new))
			.withMessageNotContaining("\n")
			.withMessageEndingWith(".");
	}

	@Test
	void missingRegistryFailsNamingTheFile() {
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessageContaining("schools.csv")
			.withMessageContaining("missing");
	}

	@Test
	void registryThatIsAFolderFailsNamingTheFile() throws IOException {
		Files.createDirectory(this.temp.resolve("schools.csv"));
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessageContaining("schools.csv");
	}

	@Test
	void emptyRegistryHasNoSchools() {
		failsWith("").withMessageContaining("no schools");
	}

	@Test
	void headerOnlyRegistryHasNoSchools() {
		failsWith(HEADER).withMessageContaining("no schools");
		failsWith(HEADER + ",,,,,,\n\n").withMessageContaining("no schools");
		failsWith(HEADER + ",,,\n\n").withMessageContaining("no schools");
	}

	@Test
	void missingColumnFailsAtLineOneNamingIt() {
		failsWith("school_code,school_name,county_code,county_name,school_type,locality\n" + "S1,a,C1,N,primary,urban\n")
			.withMessageContaining("line 1")
			.withMessageContaining("ownership");
	}

	@Test
	void doubledColumnFailsAtLineOneNamingIt() {
		failsWith(HEADER.replace("\n", ",Locality\n") + S1.replace("\n", ",urban\n")).withMessageContaining("line 1")
			.withMessageContaining("locality")
			.withMessageContaining("twice");
	}

	@Test
	void wrongNumberOfFieldsFailsAtItsLine() {
		failsWith(HEADER + S1 + "S2,Second,C1,North County,primary,urban,public,extra\n").withMessageContaining("line 3")
			.withMessageContaining("fields");
		failsWith(HEADER + S1 + "S2,Second,C1,North County,primary,urban\n").withMessageContaining("line 3");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
	void emptyRequiredValueFailsAtItsLineNamingTheColumn(int column) {
		String[] values = S2.strip().split(",");
		values[column] = " \u3000";
		String column1 = HEADER.strip().split(",")[column];
		failsWith(HEADER + S1 + String.join(",", values) + "\n").withMessageContaining("line 3")
			.withMessageContaining(column1)
			.withMessageContaining("empty");
	}

	@ParameterizedTest
	@ValueSource(strings = { "S 1", "S.1", "S1!", "\u5B66\u68211", "\uFF33\uFF11", "S1\u00E9", "S/1" })
	void schoolCodeWithOtherCharactersFailsAtItsLine(String code) {
		failsWith(HEADER + S1 + code + ",X,C1,North County,primary,urban,public\n").withMessageContaining("line 3")
			.withMessageContaining("school_code");
	}

	@Test
	void schoolCodeOfThirtyThreeCharactersFails() {
		failsWith(HEADER + "A".repeat(33) + ",X,C1,North County,primary,urban,public\n").withMessageContaining("line 2")
			.withMessageContaining("school_code")
			.withMessageContaining("32");
	}

	@ParameterizedTest
	@ValueSource(strings = { "C#1", "C 1", "\u6C5D\u5357", "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC" })
	void badCountyCodeFailsAtItsLine(String code) {
		failsWith(HEADER + "S1,X," + code + ",County,primary,urban,public\n").withMessageContaining("line 2")
			.withMessageContaining("county_code");
	}

	@Test
	void unknownSchoolTypeFailsAtItsLineNamingTheValue() {
		failsWith(HEADER + S1 + "S2,X,C1,North County,university,urban,public\n").withMessageContaining("line 3")
			.withMessageContaining("school_type")
			.withMessageContaining("university");
	}

	@Test
	void unknownLocalityFailsAtItsLine() {
		failsWith(HEADER + "S2,X,C1,North County,primary,suburban,public\n").withMessageContaining("line 2")
			.withMessageContaining("locality");
	}

	@Test
	void unknownOwnershipFailsAtItsLine() {
		failsWith(HEADER + "S2,X,C1,North County,primary,urban,mixed\n").withMessageContaining("line 2")
			.withMessageContaining("ownership");
	}

	@Test
	void duplicateSchoolCodeFailsAtTheSecondLine() {
		failsWith(HEADER + S1 + S2 + " S1 ,Again,C1,North County,primary,urban,public\n")
			.withMessageContaining("line 4")
			.withMessageContaining("S1")
			.withMessageContaining("unique");
	}

	@Test
	void sameCountyCodeWithTwoCountyNamesFails() {
		failsWith(HEADER + S1 + "S2,X,C1,North Country,primary,urban,public\n").withMessageContaining("line 3")
			.withMessageContaining("county_name")
			.withMessageContaining("C1");
	}

	@Test
	void sameCountyNameAfterTrimmingIsTheSameName() {
		assertThat(load(HEADER + S1 + "S2,X,C1,\u3000North County ,primary,urban,public\n").counties()).hasSize(1);
	}

	@Test
	void unterminatedQuoteFailsAtTheLineWhereItsRecordStarts() {
		failsWith(HEADER + S1 + "S2,\"Second\nJunior,C1,North County,primary,urban,public\n" + S2.replace("S2", "S3"))
			.withMessageContaining("line 3");
	}

	@Test
	void textAfterClosingQuoteFailsAtItsLine() {
		failsWith(HEADER + S1 + "S2,\"Second\" ,C1,North County,primary,urban,public\n").withMessageContaining("line 3");
	}

	@Test
	void invalidEncodingFailsAtLineOne() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		bytes.writeBytes((HEADER + S1).getBytes(StandardCharsets.UTF_16LE));
		Files.write(this.temp.resolve("schools.csv"), bytes.toByteArray());
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessageContaining("schools.csv")
			.withMessageContaining("line 1:")
			.withMessageContaining("UTF-8")
			.withMessageContaining("UTF-16");
	}

	private Registry load(String content) {
		write(content);
		return Registry.load(this.temp);
	}

	private ThrowableAssertAlternative<RegistryException> failsWith(String content) {
		write(content);
		return assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessageContaining("schools.csv");
	}

	private void write(String content) {
		try {
			Files.writeString(this.temp.resolve("schools.csv"), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
