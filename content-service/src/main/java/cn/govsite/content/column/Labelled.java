package cn.govsite.content.column;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant with a Chinese label; plans and requests may name it either way. */
interface Labelled {

	String name();

	String label();

	/** The constant named by its code or its label. */
	static <E extends Labelled> Optional<E> parse(E[] values, String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		return Arrays.stream(values).filter(e -> e.name().equals(wanted) || e.label().equals(wanted)).findFirst();
	}

}
