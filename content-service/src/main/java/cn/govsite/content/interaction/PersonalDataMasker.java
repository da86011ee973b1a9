package cn.govsite.content.interaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.govsite.content.check.CheckedText;
import cn.govsite.content.check.Finding;
import cn.govsite.content.check.PersonalDataChecker;

/**
 * Masks personal data in a citizen's message before it is published (来信公开时隐去个人信息):
 * resident ID numbers, mobile and bank card numbers as the pre-publish check finds them
 * (with their checksums, so document numbers and amounts stay), landline numbers, e-mail
 * addresses, and house numbers in addresses (the road or village stays, so readers still
 * understand the place; the door does not).
 */
public final class PersonalDataMasker {

	private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])0\\d{2,3}-?\\d{7,8}(?![0-9])");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	/**
	 * House numbers right after a road, lane, village or estate name (文一路115号3幢2单元502室);
	 * a date such as 3月5号 has no such name before it and stays.
	 */
	private static final Pattern HOUSE_NUMBER = Pattern
		.compile("(?<=[路街巷弄村苑园庄城坊厦]|小区|社区|胡同|大道)" + "(?:[0-9０-９]+(?:[-－][0-9０-９]+)*(?:号楼|号院|号|幢|栋|单元|室|弄|层|楼))+");

	private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+(?:[-－][0-9０-９]+)*");

	private final PersonalDataChecker checker = new PersonalDataChecker();

	public String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		List<int[]> ranges = new ArrayList<>();
		for (Finding finding : this.checker.check(new CheckedText("", text))) {
			ranges.add(new int[] { finding.start(), finding.end() });
		}
		addAll(ranges, LANDLINE.matcher(text), 0);
		addAll(ranges, EMAIL.matcher(text), 0);
		StringBuilder masked = new StringBuilder(text);
		ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).reversed());
		int floor = Integer.MAX_VALUE;
		for (int[] range : ranges) {
			if (range[1] > floor) {
				continue;
			}
			masked.replace(range[0], range[1], keepEnds(text.substring(range[0], range[1])));
			floor = range[0];
		}
		return maskHouseNumbers(masked.toString());
	}

	/**
	 * Keeps the first three and last two characters of long numbers (138******78), and
	 * the first character of an e-mail's local part.
	 */
	private static String keepEnds(String value) {
		int at = value.indexOf('@');
		if (at > 0) {
			return value.charAt(0) + "***" + value.substring(at);
		}
		if (value.length() <= 6) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
	}

	private static String maskHouseNumbers(String text) {
		Matcher house = HOUSE_NUMBER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (house.find()) {
			house.appendReplacement(out, Matcher.quoteReplacement(DIGITS.matcher(house.group()).replaceAll("*")));
		}
		house.appendTail(out);
		return out.toString();
	}

	private static void addAll(List<int[]> ranges, Matcher matcher, int group) {
		while (matcher.find()) {
			ranges.add(new int[] { matcher.start(group), matcher.end(group) });
		}
	}

}
