package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.schoolstats.submission.Category;
import org.schoolstats.submission.Checked;
import org.schoolstats.submission.Reason;

/** Contract section 2: every valid record ends accepted, rejected as a conflict or collapsed, never lost. */
class DuplicateResolverProperties {

	private static final DuplicateResolver RESOLVER = new DuplicateResolver(Category.ENROLLMENT,
			(index) -> "enrollment/f" + index + ".csv");

	@Provide
	Arbitrary<List<Checked.Accepted>> records() {
		// few schools, stages and values, so that keys repeat and both duplicates and conflicts are common
		Arbitrary<Checked.Accepted> record = Combinators.combine(Arbitraries.integers().between(0, 3),
				Arbitraries.longs().between(1, 40), Arbitraries.of("S1", "S2", "S3"),
				Arbitraries.of("primary", "junior"), Arbitraries.of("10", "010", "11"))
			.as((file, line, school, stage, classes) -> new Checked.Accepted(file, line,
					new String[] { school, stage, classes, "200", "190", "60", "55", "1", "2", "30", "25" }));
		return record.list()
			.ofMaxSize(30)
			.uniqueElements((row) -> row.fileIndex() + ":" + row.line()); // a position holds one record
	}

	@Property
	void everyRecordIsAcceptedRejectedOrCollapsed(@ForAll("records") List<Checked.Accepted> input) {
		DuplicateResolver.Outcome outcome = RESOLVER.resolve(new ArrayList<>(input));

		assertThat(outcome.accepted().size() + outcome.conflicts().size() + outcome.collapsed())
			.isEqualTo(input.size());
	}

	@Property
	void eachKeyIsEitherAcceptedOnceOrRejectedWhole(@ForAll("records") List<Checked.Accepted> input) {
		DuplicateResolver.Outcome outcome = RESOLVER.resolve(new ArrayList<>(input));

		Map<String, List<Checked.Accepted>> byKey = input.stream().collect(Collectors.groupingBy(
				(row) -> row.values()[0] + "|" + row.values()[1]));
		Set<String> acceptedKeys = new HashSet<>();
		for (Checked.Accepted row : outcome.accepted()) {
			assertThat(acceptedKeys.add(row.values()[0] + "|" + row.values()[1])).as("a key is accepted once").isTrue();
		}
		long expectedConflicts = 0;
		for (Map.Entry<String, List<Checked.Accepted>> key : byKey.entrySet()) {
			boolean allSame = key.getValue()
				.stream()
				.map((row) -> List.of(row.values()))
				.distinct()
				.count() == 1;
			assertThat(acceptedKeys.contains(key.getKey())).as(key.getKey()).isEqualTo(allSame);
			if (!allSame) {
				expectedConflicts += key.getValue().size();
			}
		}
		assertThat(outcome.conflicts()).hasSize((int) expectedConflicts)
			.allSatisfy((reject) -> assertThat(reject.reason()).isEqualTo(Reason.DUPLICATE_CONFLICT));
	}

	@Property
	void conflictsAreInProcessingOrder(@ForAll("records") List<Checked.Accepted> input) {
		List<Checked.Rejected> conflicts = RESOLVER.resolve(new ArrayList<>(input)).conflicts();

		for (int i = 1; i < conflicts.size(); i++) {
			Checked.Rejected before = conflicts.get(i - 1);
			Checked.Rejected after = conflicts.get(i);
			assertThat(before.fileIndex() < after.fileIndex()
					|| (before.fileIndex() == after.fileIndex() && before.line() < after.line()))
				.as("%s before %s", before, after)
				.isTrue();
		}
	}

}
