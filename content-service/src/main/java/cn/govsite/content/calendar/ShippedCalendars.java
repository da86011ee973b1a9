package cn.govsite.content.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The official calendars shipped with the service as {@code /calendar/holidays-YYYY.txt}
 * ({@code date | HOLIDAY or WORKDAY | name}, {@code #} comments).
 */
public final class ShippedCalendars {

	private ShippedCalendars() {
	}

	/** The listed days of the year, or an empty list when no file ships for it. */
	public static List<CalendarDay> year(int year) {
		String resource = "/calendar/holidays-" + year + ".txt";
		InputStream in = ShippedCalendars.class.getResourceAsStream(resource);
		if (in == null) {
			return List.of();
		}
		List<CalendarDay> days = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] parts = trimmed.split("\\|", -1);
				try {
					if (parts.length != 3) {
						throw new IllegalArgumentException("needs 3 columns");
					}
					CalendarDay day = new CalendarDay(LocalDate.parse(parts[0].strip()),
							DayKind.valueOf(parts[1].strip()), parts[2].strip());
					if (day.date().getYear() != year) {
						throw new IllegalArgumentException("date outside " + year);
					}
					days.add(day);
				}
				catch (IllegalArgumentException | DateTimeParseException ex) {
					throw new IllegalStateException(resource + ":" + number + " " + ex.getMessage() + ": " + line, ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(days);
	}

}
