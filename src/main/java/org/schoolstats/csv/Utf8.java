package org.schoolstats.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 as the Unicode standard defines it (its table 3-7): no overlong forms, no
 * surrogates, nothing above U+10FFFF; the same bytes the JDK's decoder rejects when asked to report errors. Much
 * faster than a decoder for the short, mostly ASCII files of an inbox.
 */
final class Utf8 {

	/** Eight bytes at a time, to pass over ASCII (the commas, digits and codes of a return) quickly. */
	private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long HIGH_BITS = 0x8080808080808080L;

	private Utf8() {
	}

	/** The index of the first of the first {@code n} bytes that does not belong to a well-formed sequence, or -1. */
	static int firstInvalid(byte[] bytes, int n) {
		int i = 0;
		while (i < n) {
			if (i + 8 <= n && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
				i += 8;
				continue;
			}
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int low = 0x80;
			int high = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			}
			else if (b == 0xE0) {
				length = 3;
				low = 0xA0;
			}
			else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
				length = 3;
			}
			else if (b == 0xED) {
				length = 3;
				high = 0x9F; // no surrogates
			}
			else if (b == 0xF0) {
				length = 4;
				low = 0x90;
			}
			else if (b >= 0xF1 && b <= 0xF3) {
				length = 4;
			}
			else if (b == 0xF4) {
				length = 4;
				high = 0x8F; // nothing above U+10FFFF
			}
			else {
				return i;
			}
			for (int k = 1; k < length; k++) {
				if (i + k >= n) {
					return i; // cut short at the end
				}
				int c = bytes[i + k] & 0xFF;
				if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
					return i;
				}
			}
			i += length;
		}
		return -1;
	}

}
