package org.schoolstats.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The contract's code lists (stage, level, result...) as enums whose code is the lower-cased constant name. */
public final class Codes {

	/** Each enum's constants by code, computed once: codes are looked up for every submitted row. */
	private static final ClassValue<Map<String, Enum<?>>> BY_CODE = new ClassValue<>() {

		@Override
		protected Map<String, Enum<?>> computeValue(Class<?> type) {
			Map<String, Enum<?>> byCode = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				byCode.put(Cells.lower(((Enum<?>) constant).name()), (Enum<?>) constant);
			}
			return byCode;
		}

	};

	private Codes() {
	}

	public static String code(Enum<?> constant) {
		return Cells.lower(constant.name());
	}

	/** The constant whose code equals the value compared in lower case, or {@code null}. */
	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		Map<String, Enum<?>> byCode = BY_CODE.get(type);
		Enum<?> constant = byCode.get(value); // staged codes are lower case already
		return type.cast(constant != null ? constant : byCode.get(Cells.lower(Cells.trim(value))));
	}

	/** Whether the value is one of the codes of the list, compared in lower case. */
	public static boolean isListed(Class<? extends Enum<?>> type, String value) {
		return BY_CODE.get(type).containsKey(Cells.lower(Cells.trim(value)));
	}

	/** "kindergarten, primary, ..." for messages. */
	public static String list(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
	}

}
