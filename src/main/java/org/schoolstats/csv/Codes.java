package org.schoolstats.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The contract's code lists (stage, level, result...) as enums whose code is the lower-cased constant name. */
public final class Codes {

	private Codes() {
	}

	public static String code(Enum<?> constant) {
		return Cells.lower(constant.name());
	}

	/** The constant whose code equals the value compared in lower case, or {@code null}. */
	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		String lower = Cells.lower(Cells.trim(value));
		for (E constant : type.getEnumConstants()) {
			if (code(constant).equals(lower)) {
				return constant;
			}
		}
		return null;
	}

	/** Whether the value is one of the codes of the list, compared in lower case. */
	public static boolean isListed(Class<? extends Enum<?>> type, String value) {
		String lower = Cells.lower(Cells.trim(value));
		for (Enum<?> constant : type.getEnumConstants()) {
			if (code(constant).equals(lower)) {
				return true;
			}
		}
		return false;
	}

	/** "kindergarten, primary, ..." for messages. */
	public static String list(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
	}

}
