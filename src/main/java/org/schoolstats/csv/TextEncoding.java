package org.schoolstats.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings the contract recognises, with the names the manifest records (section 1). */
public enum TextEncoding {

	UTF_8("UTF-8", StandardCharsets.UTF_8),

	/** GB18030 covers GBK, which Excel writes on Chinese Windows. */
	GB18030("GB18030", Charset.forName("GB18030")),

	UNKNOWN("UNKNOWN", null);

	private final String label;

	private final Charset charset;

	TextEncoding(String label, Charset charset) {
		this.label = label;
		this.charset = charset;
	}

	public String label() {
		return this.label;
	}

	public Charset charset() {
		return this.charset;
	}

	public static TextEncoding ofLabel(String label) {
		for (TextEncoding encoding : values()) {
			if (encoding.label.equals(label)) {
				return encoding;
			}
		}
		throw new IllegalArgumentException("Unknown encoding label " + label);
	}

}
