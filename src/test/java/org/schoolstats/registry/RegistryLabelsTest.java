package org.schoolstats.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolstats.support.TestInbox;

/**
 * Contract sections 1 and 1.1: the registry's codes may be written as their Chinese labels; an unknown label fails
 * the registry with a message that lists the codes and labels it would have accepted.
 */
class RegistryLabelsTest {

	@TempDir
	Path temp;

	@Test
	void registryWrittenWithChineseLabelsLoadsAsItsCodes() {
		TestInbox.in(this.temp)
			.registry(TestInbox.REGISTRY_HEADER + "S1,东城小学,C1,东城区,小学,城区,公办\n"
					+ "S2,西城初级中学,C1,东城区,初级中学,乡村,民办\n" + "S3,南山九年一贯制学校,C1,东城区,九年一贯制学校,农村,公办\n"
					+ "S4,北山幼儿园,C1,东城区,幼儿园,城镇,公办\n" + "S5,职业学校,C1,东城区,中职,城区,公办\n");
		Registry registry = Registry.load(this.temp);

		assertThat(registry.school("S1").type()).isEqualTo(SchoolType.PRIMARY);
		assertThat(registry.school("S1").locality()).isEqualTo(Locality.URBAN);
		assertThat(registry.school("S2").type()).isEqualTo(SchoolType.JUNIOR_SECONDARY);
		assertThat(registry.school("S2").locality()).isEqualTo(Locality.RURAL);
		assertThat(registry.school("S2").ownership()).isEqualTo(Ownership.PRIVATE);
		assertThat(registry.school("S3").type()).isEqualTo(SchoolType.COMBINED);
		assertThat(registry.school("S4").type()).as("幼儿园 is a kindergarten in the registry")
			.isEqualTo(SchoolType.KINDERGARTEN);
		assertThat(registry.school("S5").type()).isEqualTo(SchoolType.VOCATIONAL);
	}

	@Test
	void anUnknownLabelFailsTheRegistryListingTheCodesAndTheirLabels() {
		TestInbox.in(this.temp).registry(TestInbox.REGISTRY_HEADER + "S1,东城小学,C1,东城区,职高,城区,公办\n");

		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessage("schools.csv line 2: school_type \"职高\" is not one of kindergarten (幼儿园), primary (小学), "
					+ "junior_secondary (初级中学, 初中), senior_secondary (高级中学, 高中), vocational (中等职业学校, 中职), "
					+ "combined (九年一贯制学校, 十二年一贯制学校, 完全中学). Fix the registry and run again.");
	}

	@Test
	void aStageLabelIsNoSchoolType() {
		TestInbox.in(this.temp).registry(TestInbox.REGISTRY_HEADER + "S1,东城小学,C1,东城区,学前,城区,公办\n");

		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> Registry.load(this.temp))
			.withMessageContaining("school_type \"学前\" is not one of");
	}

}
