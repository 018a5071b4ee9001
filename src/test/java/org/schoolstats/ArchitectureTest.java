package org.schoolstats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package tree is the data flow (docs/decisions.md, "Package layout"): the parts in the order the data flows, each
 * importing only the parts before it and the plumbing; the job's wiring above the parts; the command line above
 * the job; the entry point alone in the root package; and no cycles between packages.
 */
class ArchitectureTest {

	private static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.schoolstats");
	}

	@Test
	void partsImportOnlyThePartsBeforeThemAndThePlumbing() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("entry point").definedBy("org.schoolstats")
			.layer("operations").definedBy("org.schoolstats.operations..")
			.layer("job").definedBy("org.schoolstats.job..")
			.layer("publish").definedBy("org.schoolstats.publish..")
			.layer("indicator").definedBy("org.schoolstats.indicator..")
			.layer("reconcile").definedBy("org.schoolstats.reconcile..")
			.layer("submission").definedBy("org.schoolstats.submission..")
			.layer("registry").definedBy("org.schoolstats.registry..")
			.layer("csv").definedBy("org.schoolstats.csv..")
			.layer("work").definedBy("org.schoolstats.work..")
			.whereLayer("entry point").mayNotBeAccessedByAnyLayer()
			.whereLayer("operations").mayOnlyBeAccessedByLayers("entry point")
			.whereLayer("job").mayOnlyBeAccessedByLayers("operations")
			.whereLayer("publish").mayOnlyAccessLayers("indicator", "reconcile", "submission", "registry", "csv", "work")
			.whereLayer("indicator").mayOnlyAccessLayers("reconcile", "submission", "registry", "csv", "work")
			.whereLayer("reconcile").mayOnlyAccessLayers("submission", "registry", "csv", "work")
			.whereLayer("submission").mayOnlyAccessLayers("registry", "csv", "work")
			.whereLayer("registry").mayOnlyAccessLayers("csv", "work")
			.whereLayer("csv").mayNotAccessAnyLayer()
			.whereLayer("work").mayNotAccessAnyLayer()
			.check(production);
	}

	@Test
	void theRootPackageHoldsOnlyTheEntryPoint() {
		classes().that()
			.resideInAPackage("org.schoolstats")
			.should()
			.haveFullyQualifiedName(SchoolStatsApplication.class.getName())
			.check(production);
	}

	@Test
	void noCyclesBetweenPackages() {
		slices().matching("org.schoolstats.(**)").should().beFreeOfCycles().check(production);
	}

}
