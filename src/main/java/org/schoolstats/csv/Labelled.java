package org.schoolstats.csv;

import java.util.List;

/**
 * A code of one of the contract's code lists that may also be written as one of its Chinese labels (section 1): the
 * label is the same value as the code everywhere. Labels belong to their list: 初中 is {@code junior} as a stage and
 * {@code junior_secondary} as a school type.
 */
public interface Labelled {

	/** The labels, matched exactly after trimming, in the order of the contract's table. */
	List<String> labels();

}
