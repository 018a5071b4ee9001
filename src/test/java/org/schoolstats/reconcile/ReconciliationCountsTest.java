package org.schoolstats.reconcile;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Contract section 2: rows_read = rows_accepted + rows_rejected + duplicates_collapsed, per category. */
class ReconciliationCountsTest {

	@Test
	void figuresWhereRowsReadEqualsAcceptedPlusRejectedPlusCollapsedAreAccepted() {
		assertThatNoException().isThrownBy(() -> new Reconciliation.Counts(10, 6, 3, 1));
		assertThatNoException().isThrownBy(() -> new Reconciliation.Counts(0, 0, 0, 0));
		assertThatNoException().isThrownBy(() -> new Reconciliation.Counts(5, 0, 5, 0));
		assertThatNoException().isThrownBy(() -> new Reconciliation.Counts(4, 0, 0, 4));
	}

	@Test
	void figuresWhereRowsReadIsNotAcceptedPlusRejectedPlusCollapsedAreRefused() {
		assertThatThrownBy(() -> new Reconciliation.Counts(10, 6, 3, 0)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("10");
		assertThatThrownBy(() -> new Reconciliation.Counts(10, 6, 3, 2)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new Reconciliation.Counts(0, 0, 0, 1)).isInstanceOf(IllegalStateException.class);
	}

}
