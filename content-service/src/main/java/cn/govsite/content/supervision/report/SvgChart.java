package cn.govsite.content.supervision.report;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn as inline SVG on the server, so an exported HTML report shows them
 * without scripts or network access (an archived copy must still render).
 */
final class SvgChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 240;

	private static final int LEFT = 40;

	private static final int BOTTOM = 40;

	private static final int TOP = 30;

	private static final int SLANT_ABOVE = 8;

	private static final int SLANT_ROOM = 70;

	private static final String[] COLOURS = { "#1f6fb2", "#d9822b", "#3a9d5d", "#c23b3b" };

	private SvgChart() {
	}

	/** A named series of values, one per label; a null value is a gap. */
	record Series(String name, List<? extends Number> values) {

	}

	/**
	 * Vertical bars, one per label, with the value above each bar; scaled to the largest.
	 */
	static String bars(String title, List<String> labels, List<? extends Number> values) {
		return bars(title, labels, values,
				Math.max(1, values.stream().mapToDouble(v -> (v != null) ? v.doubleValue() : 0).max().orElse(1)));
	}

	/**
	 * Vertical bars scaled to {@code max} (100 for scores). Many labels are slanted so
	 * long site names do not run into each other.
	 */
	static String bars(String title, List<String> labels, List<? extends Number> values, double max) {
		boolean slanted = labels.size() > SLANT_ABOVE;
		int height = HEIGHT + (slanted ? SLANT_ROOM : 0);
		int plotWidth = WIDTH - LEFT - 10;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = (double) plotWidth / Math.max(1, labels.size());
		StringBuilder svg = open(title, height);
		for (int i = 0; i < labels.size(); i++) {
			Number value = values.get(i);
			double v = (value != null) ? value.doubleValue() : 0;
			double h = Math.min(v, max) / max * plotHeight;
			double x = LEFT + i * slot + slot * 0.15;
			double y = TOP + plotHeight - h;
			double middle = x + slot * 0.35;
			svg.append(fmt(
					"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
					x, y, slot * 0.7, h, COLOURS[0], ReportHtml.escape(labels.get(i)), number(value)));
			svg.append(fmt("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>", middle,
					y - 3, number(value)));
			if (slanted) {
				int base = TOP + plotHeight + 12;
				svg.append(fmt(
						"<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %d)\">%s</text>",
						middle, base, middle, base, ReportHtml.escape(labels.get(i))));
			}
			else {
				svg.append(fmt("<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>", middle,
						TOP + plotHeight + 14, ReportHtml.escape(labels.get(i))));
			}
		}
		return close(svg, plotHeight);
	}

	/** Lines over the labels (days or months), one colour per series, with a legend. */
	static String lines(String title, List<String> labels, List<Series> series) {
		double max = Math.max(1,
				series.stream()
					.flatMap(s -> s.values().stream())
					.mapToDouble(v -> (v != null) ? v.doubleValue() : 0)
					.max()
					.orElse(1));
		int plotWidth = WIDTH - LEFT - 10;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double step = (labels.size() > 1) ? (double) plotWidth / (labels.size() - 1) : 0;
		StringBuilder svg = open(title);
		for (int s = 0; s < series.size(); s++) {
			String colour = COLOURS[s % COLOURS.length];
			StringBuilder points = new StringBuilder();
			List<? extends Number> values = series.get(s).values();
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) == null) {
					continue;
				}
				double x = LEFT + i * step;
				double y = TOP + plotHeight - values.get(i).doubleValue() / max * plotHeight;
				points.append(fmt("%.1f,%.1f ", x, y));
			}
			svg.append(fmt("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>", colour,
					points.toString().strip()));
			svg.append(fmt("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>", LEFT + s * 160,
					HEIGHT - 16, colour));
			svg.append(fmt("<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", LEFT + s * 160 + 14, HEIGHT - 7,
					ReportHtml.escape(series.get(s).name())));
		}
		if (!labels.isEmpty()) {
			svg.append(fmt("<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>", LEFT, HEIGHT - BOTTOM + 14,
					ReportHtml.escape(labels.getFirst())));
			svg.append(fmt("<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>", WIDTH - 10,
					HEIGHT - BOTTOM + 14, ReportHtml.escape(labels.getLast())));
		}
		svg.append(fmt("<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>", LEFT - 4, TOP + 4,
				number(max)));
		return close(svg, plotHeight);
	}

	private static StringBuilder open(String title) {
		return open(title, HEIGHT);
	}

	private static StringBuilder open(String title, int height) {
		StringBuilder svg = new StringBuilder();
		svg.append(fmt(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" "
						+ "viewBox=\"0 0 %d %d\" aria-label=\"%s\">",
				WIDTH, height, WIDTH, height, ReportHtml.escape(title)));
		svg.append(fmt("<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>", LEFT,
				ReportHtml.escape(title)));
		return svg;
	}

	private static String close(StringBuilder svg, int plotHeight) {
		svg.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", LEFT, TOP + plotHeight,
				WIDTH - 10, TOP + plotHeight));
		svg.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", LEFT, TOP, LEFT,
				TOP + plotHeight));
		return svg.append("</svg>").toString();
	}

	static String number(Number value) {
		if (value == null) {
			return "—";
		}
		double v = value.doubleValue();
		return (v == Math.rint(v)) ? String.valueOf((long) v) : fmt("%.1f", v);
	}

	private static String fmt(String pattern, Object... args) {
		return String.format(Locale.ROOT, pattern, args);
	}

}
