/**
 * Reconciliation (contract section 2): every checked record is staged, then records with the same natural key are
 * compared once all files are read. Exact duplicates collapse into one, conflicting ones are all rejected as
 * {@code DUPLICATE_CONFLICT}, and every reject is merged into the order of {@code rejects.csv}.
 */
package org.schoolstats.reconcile;
