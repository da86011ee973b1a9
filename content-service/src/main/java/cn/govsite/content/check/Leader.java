package cn.govsite.content.check;

import java.util.Arrays;
import java.util.List;

/**
 * 领导 — a leader as the site's leader profiles name them: the full name and every title
 * held ("区委副书记、区长" holds two). {@code current} is false for a former leader (an archived
 * profile).
 */
public record Leader(String name, List<String> titles, boolean current) {

	public Leader {
		titles = List.copyOf(titles);
	}

	/** A leader from a profile's title as written, split at 、，, and spaces. */
	public static Leader of(String name, String title, boolean current) {
		List<String> titles = Arrays.stream(title.split("[、，,；;\\s]+"))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.toList();
		return new Leader(name.strip(), titles, current);
	}

}
