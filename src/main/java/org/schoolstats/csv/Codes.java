package org.schoolstats.csv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The contract's code lists (stage, level, result...) as enums whose code is the lower-cased constant name. */
public final class Codes {

	/**
	 * Each enum's codes and constants, computed once. A list has a handful of codes: comparing a value with each
	 * costs less than hashing it, and codes are looked up several times for every submitted row.
	 */
	private static final ClassValue<Table> TABLES = new ClassValue<>() {

		@Override
		protected Table computeValue(Class<?> type) {
			Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
			String[] codes = new String[constants.length];
			for (int i = 0; i < constants.length; i++) {
				codes[i] = code(constants[i]);
			}
			return new Table(codes, constants);
		}

	};

	private record Table(String[] codes, Enum<?>[] constants) {

		Enum<?> find(String code) {
			for (int i = 0; i < this.codes.length; i++) {
				if (this.codes[i].equals(code)) {
					return this.constants[i];
				}
			}
			return null;
		}

	}

	private Codes() {
	}

	public static String code(Enum<?> constant) {
		return Cells.lower(constant.name());
	}

	/** The constant whose code equals the value compared in lower case, or {@code null}. */
	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		Table table = TABLES.get(type);
		Enum<?> constant = table.find(value); // staged codes are lower case already
		return type.cast(constant != null ? constant : table.find(Cells.lower(Cells.trim(value))));
	}

	/** Whether the value is one of the codes of the list, compared in lower case. */
	public static boolean isListed(Class<? extends Enum<?>> type, String value) {
		return TABLES.get(type).find(Cells.lower(Cells.trim(value))) != null;
	}

	/** "kindergarten, primary, ..." for messages. */
	public static String list(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
	}

}
