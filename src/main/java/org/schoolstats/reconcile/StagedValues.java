package org.schoolstats.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The short values a thread has read back from staged records lately, by their bytes. Most staged values repeat
 * (codes, levels, dates, hours, programme names, a school's code on each of its rows): reading one again gives the
 * same String instead of a new one, which spares reconciliation most of its garbage and lets every map lookup use
 * the hash the String already worked out. A slot holds the last value whose bytes hashed to it.
 */
final class StagedValues {

	/** Values longer than this are rarely repeated (reject details, long free text) and are not kept. */
	static final int LONGEST = 64;

	private static final ThreadLocal<StagedValues> OF_THREAD = ThreadLocal.withInitial(() -> new StagedValues(1 << 15));

	private final byte[][] bytes;

	private final String[] values;

	/** @param slots a power of two */
	StagedValues(int slots) {
		this.bytes = new byte[slots][];
		this.values = new String[slots];
	}

	static StagedValues ofThisThread() {
		return OF_THREAD.get();
	}

	/** The value of {@code length} UTF-8 bytes at {@code offset}, at most {@link #LONGEST} of them. */
	String value(byte[] buffer, int offset, int length) {
		int hash = 1;
		for (int i = offset; i < offset + length; i++) {
			hash = 31 * hash + buffer[i];
		}
		int slot = (hash ^ (hash >>> 15)) & (this.values.length - 1);
		byte[] kept = this.bytes[slot];
		if (kept != null && Arrays.equals(kept, 0, kept.length, buffer, offset, offset + length)) {
			return this.values[slot];
		}
		String value = new String(buffer, offset, length, StandardCharsets.UTF_8);
		this.bytes[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
		this.values[slot] = value;
		return value;
	}

}
