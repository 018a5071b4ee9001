package org.schoolstats.work;

/**
 * A failure whose message is already the one plain sentence the user needs: what went wrong and what to do
 * (section 4). Any other failure is reported with a general sentence that points to the log file.
 */
public interface PlainFailure {
}
