package org.schoolstats.submission;

import java.util.List;

/**
 * Consecutive records in processing order: what the read step hands on as one item. Spring Batch does some work
 * for every item (events, observations, listener calls); handing on records a few hundred at a time spreads that
 * work thin, and the restart position is still exact to the record.
 */
public record RecordBatch(List<Submitted> records) {
}
