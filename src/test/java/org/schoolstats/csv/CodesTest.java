package org.schoolstats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schoolstats.registry.Locality;
import org.schoolstats.registry.Ownership;
import org.schoolstats.registry.SchoolType;
import org.schoolstats.submission.InspectionCategory;
import org.schoolstats.submission.ProgramLevel;
import org.schoolstats.submission.Stage;
import org.schoolstats.submission.TrainingResult;

/**
 * Contract section 1, "Codes": a code matches in any case after trimming; a Chinese label of its column matches
 * exactly after trimming and is the same value as its code; anything else is no code.
 */
class CodesTest {

	/** The label table of contract section 1, written out here independently of the enums. */
	private static final Map<Class<? extends Enum<?>>, Map<String, List<String>>> LABELS = new LinkedHashMap<>();

	static {
		LABELS.put(Stage.class, table("preschool", "学前 学前教育 幼儿园", "primary", "小学", "junior", "初中", "senior",
				"高中 普通高中", "vocational", "中职 中等职业教育"));
		LABELS.put(ProgramLevel.class, table("national", "国家级", "provincial", "省级", "municipal", "市级", "county",
				"县级 区级", "school", "校级 校本"));
		LABELS.put(TrainingResult.class, table("completed", "已完成 合格", "in_progress", "进行中", "not_completed",
				"未完成 不合格"));
		LABELS.put(InspectionCategory.class, table("building", "校舍 校舍安全", "fire", "消防 消防安全", "food",
				"食品 食品安全 食品卫生", "traffic", "交通 交通安全", "other", "其他"));
		LABELS.put(SchoolType.class, table("kindergarten", "幼儿园", "primary", "小学", "junior_secondary", "初级中学 初中",
				"senior_secondary", "高级中学 高中", "vocational", "中等职业学校 中职", "combined",
				"九年一贯制学校 十二年一贯制学校 完全中学"));
		LABELS.put(Locality.class, table("urban", "城镇 城区", "rural", "农村 乡村"));
		LABELS.put(Ownership.class, table("public", "公办", "private", "民办"));
	}

	private static Map<String, List<String>> table(String... codesAndLabels) {
		Map<String, List<String>> table = new LinkedHashMap<>();
		for (int i = 0; i < codesAndLabels.length; i += 2) {
			table.put(codesAndLabels[i], List.of(codesAndLabels[i + 1].split(" ")));
		}
		return table;
	}

	static Stream<Arguments> everyLabelOfEveryColumn() {
		return LABELS.entrySet()
			.stream()
			.flatMap((column) -> column.getValue()
				.entrySet()
				.stream()
				.flatMap((code) -> code.getValue().stream().map((label) -> Arguments.of(column.getKey(), label, code.getKey()))));
	}

	@ParameterizedTest(name = "{0}: {1} is {2}")
	@MethodSource("everyLabelOfEveryColumn")
	void everyLabelOfTheContractIsTheSameValueAsItsCode(Class<? extends Enum<?>> column, String label, String code) {
		assertThat(Codes.codeOf(column, label)).isEqualTo(code);
		assertThat(Codes.isListed(column, label)).isTrue();
	}

	@ParameterizedTest(name = "{0}: {1} is {2}")
	@MethodSource("everyLabelOfEveryColumn")
	void aLabelIsTrimmedOfIdeographicAndOtherSpaces(Class<? extends Enum<?>> column, String label, String code) {
		assertThat(Codes.codeOf(column, "\u3000" + label + " \t\u00A0")).isEqualTo(code);
	}

	@Test
	void theCodeListsHaveExactlyTheContractsCodesAndLabels() {
		LABELS.forEach((column, codes) -> {
			assertThat(Arrays.stream(column.getEnumConstants()).map(Codes::code)).as(column.getSimpleName())
				.containsExactlyElementsOf(codes.keySet());
			for (Enum<?> constant : column.getEnumConstants()) {
				assertThat(((Labelled) constant).labels()).as(constant.toString())
					.containsExactlyElementsOf(codes.get(Codes.code(constant)));
			}
		});
	}

	@Test
	void labelsBelongToTheirColumn() {
		assertThat(Codes.codeOf(Stage.class, "幼儿园")).isEqualTo("preschool");
		assertThat(Codes.codeOf(SchoolType.class, "幼儿园")).isEqualTo("kindergarten");
		assertThat(Codes.codeOf(Stage.class, "初中")).isEqualTo("junior");
		assertThat(Codes.codeOf(SchoolType.class, "初中")).isEqualTo("junior_secondary");
		assertThat(Codes.codeOf(Stage.class, "高中")).isEqualTo("senior");
		assertThat(Codes.codeOf(SchoolType.class, "高中")).isEqualTo("senior_secondary");
		assertThat(Codes.codeOf(Stage.class, "中职")).isEqualTo("vocational");
		assertThat(Codes.codeOf(SchoolType.class, "中职")).isEqualTo("vocational");
		assertThat(Codes.codeOf(Stage.class, "初级中学")).isNull(); // a school type, not a stage
		assertThat(Codes.codeOf(InspectionCategory.class, "区级")).isNull();
	}

	@Test
	void aLabelMatchesExactlyNotWithAnInnerSpaceNorInPart() {
		assertThat(Codes.codeOf(Stage.class, "高 中")).isNull();
		assertThat(Codes.codeOf(Stage.class, "高中部")).isNull();
		assertThat(Codes.codeOf(Stage.class, "职高")).isNull();
		assertThat(Codes.codeOf(TrainingResult.class, "合格。")).isNull();
	}

	@Test
	void parsesACodeInAnyCaseWithSurroundingSpaces() {
		assertThat(Codes.parse(ProgramLevel.class, "provincial")).isEqualTo(ProgramLevel.PROVINCIAL);
		assertThat(Codes.parse(ProgramLevel.class, " National ")).isEqualTo(ProgramLevel.NATIONAL);
		assertThat(Codes.codeOf(TrainingResult.class, "In_Progress")).isEqualTo("in_progress");
		assertThat(Codes.isListed(ProgramLevel.class, "SCHOOL")).isTrue();
	}

	@Test
	void aValueOutsideTheListIsNoCode() {
		assertThat(Codes.parse(ProgramLevel.class, "regional")).isNull();
		assertThat(Codes.isListed(ProgramLevel.class, "")).isFalse();
		assertThat(Codes.isListed(ProgramLevel.class, "province")).isFalse();
		assertThat(Codes.parse(ProgramLevel.class, "schools")).isNull(); // a code with more after it is no code
		assertThat(Codes.isListed(ProgramLevel.class, "county level")).isFalse();
		assertThat(Codes.isListed(Stage.class, "ſenior")).isFalse(); // no Unicode case folding
	}

	@Test
	void listsTheCodesWithTheirLabelsInContractOrderForMessages() {
		assertThat(Codes.list(ProgramLevel.class))
			.isEqualTo("national (国家级), provincial (省级), municipal (市级), county (县级, 区级), school (校级, 校本)");
		assertThat(Codes.list(Ownership.class)).isEqualTo("public (公办), private (民办)");
	}

}
