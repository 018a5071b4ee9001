/**
 * The job's wiring: the steps of {@code schoolStats} and {@code validateInbox} in the order the data flows, built
 * from the parts ({@code registry}, {@code submission}, {@code reconcile}, {@code indicator}, {@code publish}), the
 * run's parameters, and what the steps of one process share. Whoever runs the job supplies its listeners.
 */
package org.schoolstats.job;
