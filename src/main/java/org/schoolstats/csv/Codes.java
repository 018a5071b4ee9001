package org.schoolstats.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The contract's code lists (stage, level, result...) as enums whose code is the lower-cased constant name (section
 * 1). A value is a code of the list in any case, or one of a code's Chinese labels ({@link Labelled}) exactly, both
 * after trimming; either way it stands for the same constant.
 */
public final class Codes {

	/**
	 * Each enum's codes, labels and constants, worked out once. A list has a handful of codes: comparing a value with
	 * each costs less than hashing it, and codes are looked up several times for every submitted row.
	 */
	private static final ClassValue<Table> TABLES = new ClassValue<>() {

		@Override
		protected Table computeValue(Class<?> type) {
			Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
			String[] codes = new String[constants.length];
			List<String> labels = new ArrayList<>();
			List<Enum<?>> labelled = new ArrayList<>();
			for (int i = 0; i < constants.length; i++) {
				codes[i] = Cells.lower(constants[i].name());
				if (constants[i] instanceof Labelled withLabels) {
					for (String label : withLabels.labels()) {
						labels.add(label);
						labelled.add(constants[i]);
					}
				}
			}
			return new Table(codes, constants, labels.toArray(String[]::new), labelled.toArray(Enum<?>[]::new));
		}

	};

	private record Table(String[] codes, Enum<?>[] constants, String[] labels, Enum<?>[] labelled) {

		Enum<?> find(String code) {
			return find(code, this.codes, this.constants);
		}

		Enum<?> findLabel(String label) {
			return find(label, this.labels, this.labelled);
		}

		private static Enum<?> find(String value, String[] names, Enum<?>[] constants) {
			for (int i = 0; i < names.length; i++) {
				if (names[i].equals(value)) {
					return constants[i];
				}
			}
			return null;
		}

	}

	private Codes() {
	}

	/** The constant's code, worked out once: codes are written for every staged row. */
	public static String code(Enum<?> constant) {
		return TABLES.get(constant.getDeclaringClass()).codes[constant.ordinal()];
	}

	/** The constant the value stands for, as a code in any case or as a label, or {@code null}. */
	public static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return type.cast(find(type, value));
	}

	/** The code the value stands for ({@code 高中} as a stage is {@code senior}), or {@code null}. */
	public static String codeOf(Class<? extends Enum<?>> type, String value) {
		Enum<?> constant = find(type, value);
		return constant == null ? null : code(constant);
	}

	private static Enum<?> find(Class<?> type, String value) {
		Table table = TABLES.get(type);
		Enum<?> constant = table.find(value); // staged values are codes already
		if (constant == null) {
			String trimmed = Cells.trim(value);
			constant = table.find(Cells.lower(trimmed));
			if (constant == null) {
				constant = table.findLabel(trimmed);
			}
		}
		return constant;
	}

	/** Whether the value is one of the codes of the list, in any case, or one of their labels. */
	public static boolean isListed(Class<? extends Enum<?>> type, String value) {
		return find(type, value) != null;
	}

	/** "national (国家级), provincial (省级), ..." for messages: every code with its labels, in contract order. */
	public static String list(Class<? extends Enum<?>> type) {
		List<String> codes = new ArrayList<>();
		for (Enum<?> constant : type.getEnumConstants()) {
			String labels = constant instanceof Labelled withLabels ? String.join(", ", withLabels.labels()) : "";
			codes.add(code(constant) + (labels.isEmpty() ? "" : " (" + labels + ")"));
		}
		return String.join(", ", codes);
	}

}
