package cn.govsite.tenant.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import cn.govsite.common.error.Message;

/**
 * 中文域名规则 (seed 001 第九条(二), 第十一条(四)): a site's Chinese domain ends in {@code .政务}
 * (administrative units) or {@code .公益} (public institutions); its labels are Chinese
 * characters, letters, digits and hyphens. It is kept in its Unicode form, as the footer
 * shows it, and found by its punycode ({@code xn--}) form, which browsers send as Host.
 * Either form is accepted on input. Spring-free.
 */
public final class ChineseDomains {

	/** 政务 (administrative units) and 公益 (public institutions). */
	public static final Set<String> SUFFIXES = Set.of("政务", "公益");

	private static final Pattern LABEL = Pattern
		.compile("[\\p{IsHan}a-z0-9]([\\p{IsHan}a-z0-9-]{0,61}[\\p{IsHan}a-z0-9])?");

	/** A valid Chinese domain in both forms. */
	public record ChineseDomain(String unicode, String ascii) {
	}

	/** The outcome of {@link #parse}: the domain, or why it is refused. */
	public record Parsed(ChineseDomain domain, Message refusal) {

		public boolean valid() {
			return this.domain != null;
		}

	}

	private ChineseDomains() {
	}

	public static Parsed parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return refused("中文域名不能为空", "The Chinese domain is required");
		}
		String name = raw.strip().toLowerCase(Locale.ROOT).replace('。', '.').replace('．', '.');
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		String unicode;
		String ascii;
		try {
			// toASCII applies IDNA's mapping (full width to half width, NFKC), so the
			// Unicode form read back from it is the canonical one.
			ascii = IDN.toASCII(name, 0).toLowerCase(Locale.ROOT);
			unicode = IDN.toUnicode(ascii, 0);
		}
		catch (IllegalArgumentException ex) {
			return refused("不是有效的中文域名：" + raw, "Not a valid Chinese domain: " + raw);
		}
		if (ascii.length() > 253) {
			return refused("中文域名过长：" + raw, "The Chinese domain is too long: " + raw);
		}
		String[] labels = unicode.split("\\.", -1);
		if (labels.length < 2 || !SUFFIXES.contains(labels[labels.length - 1])) {
			return refused("中文域名须以 .政务 或 .公益 结尾：" + raw, "A Chinese domain ends in .政务 or .公益: " + raw);
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return refused("中文域名的每一段只能由汉字、字母、数字和连字符组成，且不以连字符开头或结尾：" + raw,
						"Each label of a Chinese domain has Chinese characters, letters, digits and inner hyphens only: "
								+ raw);
			}
		}
		return new Parsed(new ChineseDomain(unicode, ascii), null);
	}

	private static Parsed refused(String zh, String en) {
		return new Parsed(null, Message.of(zh, en));
	}

}
