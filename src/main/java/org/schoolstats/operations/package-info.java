/**
 * Operations (contract section 4): the command line ({@code run}, {@code validate}, {@code status},
 * {@code restart}), the job repository and its location, the lock that keeps two processes off one period,
 * recovery of executions left behind by a dead process, exit codes, and the one plain sentence for every failure.
 * A thin layer: arguments become job parameters for the {@code JobOperator}; no business rule lives here.
 */
package org.schoolstats.operations;
