/**
 * The CSV dialect of the contract (section 1): decoding (UTF-8 or GB18030), strict RFC 4180 reading with the
 * physical line on which each record starts, header matching, value trimming, and the output dialect of
 * section 3 (UTF-8, {@code \n}, formula protection). Shared by the registry, the submissions and publishing.
 */
package org.schoolstats.csv;
