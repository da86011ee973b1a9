package cn.govsite.content.supervision.inspection;

/**
 * 单项否决 — the national conditions that make a site unqualified on their own
 * (国办秘函〔2019〕19号; seed 001 第十九条; seed 004 附件).
 */
public enum VetoRule {

	HOME_PAGE_STALE("首页信息超过2周未更新", "Home page not updated for 2 weeks"),

	STALE_KEY_COLUMNS("动态要闻类栏目超过2周、通知公告政策文件类栏目超过6个月未更新的栏目数量达到阈值",
			"Too many news columns silent for 2 weeks or notice/policy columns silent for 6 months"),

	STALE_COLUMNS("应更新但长期未更新的栏目数量达到阈值", "Too many columns not updated within their cycle"),

	BLANK_COLUMNS("空白栏目数量达到阈值", "Too many blank columns"),

	NO_CONSULTATION_CHANNEL("未提供有效的咨询建言渠道", "No working consultation channel"),

	MESSAGE_UNANSWERED("有效留言超过3个月未回应", "An answerable message unanswered for 3 months"),

	SERIOUS_CONTENT_ERROR("已发布内容存在严重表述错误、敏感词或泄露个人信息",
			"Published content has serious wording errors, sensitive words or personal data"),

	UNHANDLED_TAMPERING("页面被篡改未及时有效处置", "A tampered page was not restored");

	private final String zh;

	private final String en;

	VetoRule(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

}
