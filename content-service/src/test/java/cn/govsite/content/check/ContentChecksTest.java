package cn.govsite.content.check;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * 质检 cases in Chinese: for each rule a text it must flag (true positive) and a similar
 * one it must leave alone (false positive avoided).
 */
class ContentChecksTest {

	private static final ContentChecks CHECKS = ContentChecks.standard(LinkPolicy.defaults());

	private static final String TITLE = "全市交通运输工作会议召开";

	static Stream<Arguments> flagged() {
		return Stream.of(
				// 敏感词
				arguments("非法组织", TITLE, "有人在街头散发法轮功传单。", "sensitive-word.非法组织", Severity.BLOCKING),
				arguments("赌博", TITLE, "严厉打击六合彩等违法活动。", "sensitive-word.赌博", Severity.BLOCKING),
				arguments("违法广告", TITLE, "本店代开发票，联系微信。", "sensitive-word.违法广告", Severity.BLOCKING),
				arguments("标题中的敏感词", "网络赌场专项整治", "正文。", "sensitive-word.赌博", Severity.BLOCKING),
				arguments("广告极限词为提示", TITLE, "本产品为国家级产品。", "sensitive-word.广告极限词", Severity.WARNING),
				arguments("不规范表述", TITLE, "有关领导出席了会议。", "sensitive-word.不规范表述", Severity.WARNING),
				// 错别字
				arguments("按装", TITLE, "为小区按装电梯。", "typo", Severity.WARNING),
				arguments("既使", TITLE, "既使天气恶劣，也要保障通行。", "typo", Severity.WARNING),
				arguments("再接再励", TITLE, "希望大家再接再励。", "typo", Severity.WARNING),
				arguments("一股作气", TITLE, "一股作气完成全年任务。", "typo", Severity.WARNING),
				arguments("穿流不息", TITLE, "节日期间车辆穿流不息。", "typo", Severity.WARNING),
				arguments("默守成规", TITLE, "不能默守成规。", "typo", Severity.WARNING),
				arguments("截止目前", TITLE, "截止目前，已完成投资5亿元。", "typo", Severity.WARNING),
				// 个人信息
				arguments("身份证号", TITLE, "申请人身份证号11010519491231002X。", "personal-data.id-number", Severity.BLOCKING),
				arguments("小写x身份证号", TITLE, "证件号码11010519491231002x", "personal-data.id-number", Severity.BLOCKING),
				arguments("手机号", TITLE, "联系人电话13812345678。", "personal-data.mobile", Severity.BLOCKING),
				arguments("19开头手机号", TITLE, "咨询19912345678", "personal-data.mobile", Severity.BLOCKING),
				arguments("银行卡号", TITLE, "补贴打入卡号6222021234567890128。", "personal-data.bank-card", Severity.BLOCKING),
				arguments("16位银行卡号", TITLE, "卡号4111111111111111", "personal-data.bank-card", Severity.BLOCKING),
				// 写作规范
				arguments("标题超过20字", "关于进一步加强和改进全市道路交通安全管理工作的实施意见", "正文。", "writing.title-length", Severity.BLOCKING),
				arguments("问句标题", "如何办理居住证？", "正文。", "writing.title-mood", Severity.BLOCKING),
				arguments("感叹标题", "交通安全人人有责！", "正文。", "writing.title-mood", Severity.BLOCKING),
				arguments("半角问号标题", "如何办理居住证?", "正文。", "writing.title-mood", Severity.BLOCKING),
				arguments("今天", TITLE, "今天上午，会议在市政府召开。", "writing.relative-date", Severity.BLOCKING),
				arguments("昨天", TITLE, "昨天，市长调研了交通工作。", "writing.relative-date", Severity.BLOCKING),
				arguments("日前", TITLE, "日前，市交通局召开专题会议。", "writing.vague-date", Severity.WARNING),
				arguments("近日", TITLE, "市交通局近日召开专题会议。", "writing.vague-date", Severity.WARNING),
				arguments("我区", TITLE, "我区全面完成年度目标。", "writing.self-reference", Severity.WARNING),
				arguments("我局", TITLE, "我局召开党组会议。", "writing.self-reference", Severity.WARNING),
				arguments("我委", TITLE, "我委印发了通知。", "writing.self-reference", Severity.WARNING),
				// 链接
				arguments("广告联盟链接", TITLE, "<p><a href=\"https://pos.baidu.com/s?x=1\">详情</a></p>", "link.advertising",
						Severity.BLOCKING),
				arguments("广告点击路径", TITLE, "<p><a href=\"https://shop.example.com/ads/123\">买</a></p>",
						"link.advertising", Severity.BLOCKING),
				arguments("白名单外的外链", TITLE, "<p><a href=\"https://www.example.com/page\">外站</a></p>", "link.external",
						Severity.WARNING));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("flagged")
	void flags(String name, String title, String body, String rule, Severity severity) {
		List<Finding> findings = CHECKS.check(new CheckedText(title, body)).findings();
		assertThat(findings).anySatisfy(finding -> {
			assertThat(finding.ruleId()).isEqualTo(rule);
			assertThat(finding.severity()).isEqualTo(severity);
			String field = new CheckedText(title, body).field(finding.field());
			assertThat(field.substring(finding.start(), finding.end())).isEqualTo(finding.matched());
			assertThat(finding.explanationZh()).isNotBlank();
			assertThat(finding.explanationEn()).isNotBlank();
		});
	}

	static Stream<Arguments> notFlagged() {
		return Stream.of(arguments("敏感词的部分不算", TITLE, "法轮是佛教用语，此处不涉及。", "sensitive-word"),
				arguments("正确的安装", TITLE, "为小区安装电梯。", "typo"), arguments("正确的即使", TITLE, "即使天气恶劣，也要保障通行。", "typo"),
				arguments("正确的再接再厉", TITLE, "希望大家再接再厉。", "typo"), arguments("截至目前", TITLE, "截至目前，已完成投资5亿元。", "typo"),
				arguments("校验位错误的18位数字", TITLE, "编号110105194912310021。", "personal-data.id-number"),
				arguments("12开头的11位数字不是手机号", TITLE, "编号12812345678。", "personal-data.mobile"),
				arguments("长数字串中的手机号样式", TITLE, "流水号2013812345678901。", "personal-data.mobile"),
				arguments("政务热线", TITLE, "请拨打12345政务服务热线。", "personal-data"),
				arguments("Luhn校验失败的卡号", TITLE, "编号6222021234567890123。", "personal-data.bank-card"),
				arguments("金额与年份", TITLE, "2024年完成投资1500000000元。", "personal-data"),
				arguments("20字以内的标题", "全市交通运输工作会议召开", "正文。", "writing.title-length"),
				arguments("问号在标题中间", "关于“何以中国”展览的通知", "正文。", "writing.title-mood"),
				arguments("写明日期", TITLE, "2026年11月20日上午，会议在市政府召开。", "writing.relative-date"),
				arguments("节日前不是日前", TITLE, "春节日前后加强值守。", "writing.vague-date"),
				arguments("工作日前", TITLE, "请于5个工作日前提交材料。", "writing.vague-date"),
				arguments("自我区分", TITLE, "要注意自我区分职责边界。", "writing.self-reference"),
				arguments("我委托", TITLE, "我委托律师办理。", "writing.self-reference"),
				arguments("我局部", TITLE, "受冷空气影响，我局部地区有雨。", "writing.self-reference"),
				arguments("单位全称", TITLE, "荷塘区全面完成年度目标。", "writing.self-reference"),
				arguments("政府网站链接", TITLE, "<p><a href=\"https://www.gov.cn/zhengce/\">国务院</a></p>", "link"),
				arguments("站内相对链接", TITLE, "<p><a href=\"/articles/12.html\">上一篇</a></p>", "link"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notFlagged")
	void leavesAlone(String name, String title, String body, String rulePrefix) {
		List<Finding> findings = CHECKS.check(new CheckedText(title, body)).findings();
		assertThat(findings).noneMatch(finding -> finding.ruleId().startsWith(rulePrefix));
	}

	@Test
	void aCleanArticleHasNoFindings() {
		ContentChecks.Report report = CHECKS
			.check(new CheckedText("市交通局召开安全生产会议", "2026年11月20日，市交通局召开安全生产工作会议，部署冬季道路交通安全工作。"));
		assertThat(report.findings()).isEmpty();
		assertThat(report.blocked()).isFalse();
	}

	@Test
	void blockingAndWarningsAreCountedAndOrderedByPosition() {
		ContentChecks.Report report = CHECKS.check(new CheckedText(TITLE, "近日，我局为小区按装电梯，联系人13812345678。"));
		assertThat(report.blocked()).isTrue();
		assertThat(report.count(Severity.BLOCKING)).isEqualTo(1);
		assertThat(report.count(Severity.WARNING)).isEqualTo(3);
		assertThat(report.findings()).extracting(Finding::start).isSorted();
		assertThat(report.blocking()).singleElement()
			.satisfies(f -> assertThat(f.ruleId()).isEqualTo("personal-data.mobile"));
	}

	@Test
	void idNumberChecksumAndLuhnAreComputed() {
		assertThat(PersonalDataChecker.validIdNumber("11010519491231002X")).isTrue();
		assertThat(PersonalDataChecker.validIdNumber("440304199003071213")).isTrue();
		assertThat(PersonalDataChecker.validIdNumber("440304199003071214")).isFalse();
		assertThat(PersonalDataChecker.luhn("4111111111111111")).isTrue();
		assertThat(PersonalDataChecker.luhn("4111111111111112")).isFalse();
	}

	@Test
	void aValidIdNumberIsNotAlsoReportedAsABankCard() {
		List<Finding> findings = CHECKS.check(new CheckedText(TITLE, "身份证440304199003071213")).findings();
		assertThat(findings).extracting(Finding::ruleId).containsExactly("personal-data.id-number");
	}

	@Test
	void blockedHostsComeFromThePolicy() {
		ContentChecks checks = ContentChecks
			.standard(new LinkPolicy(List.of("gov.cn"), List.of("bad.example"), List.of()));
		List<Finding> findings = checks
			.check(new CheckedText(TITLE, "<a href=\"http://www.bad.example/x\">x</a> javascript:alert(1)"))
			.findings();
		assertThat(findings).extracting(Finding::ruleId).containsExactly("link.blocked", "link.unsafe");
	}

}
