package cn.govsite.content.column;

import java.util.Optional;

/**
 * 保障方式 — how a column's content is guaranteed (000 annex, 002 一). 授权维护 (002: a unit
 * maintains its own columns in the CMS, reviewed inside the unit) is kept apart from 审核发布
 * (the government office reviews before publishing) because the responsibility differs.
 */
public enum GuaranteeMethod implements Labelled {

	DIRECT_PUBLISH("直接发布"), PUBLISH_AFTER_REVIEW("审核发布"), DATA_INTERFACE("数据接口"), JUMP_LINK("跳转链接"),
	WEB_SCRAPING("网上抓取"), DELEGATED_SUBMISSION("信息报送"), CO_BUILT("栏目共建"), AUTHORIZED_MAINTENANCE("授权维护");

	private final String label;

	GuaranteeMethod(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/**
	 * Whether an editor may publish the column's items without the review workflow
	 * (直接发布). Every other method keeps review: 审核发布 by definition, and the data-feed,
	 * scraping, submission and co-built methods because their content comes from
	 * elsewhere.
	 */
	public boolean publishesWithoutReview() {
		return this == DIRECT_PUBLISH;
	}

	/** The method named by its code ({@code DIRECT_PUBLISH}) or its Chinese label. */
	public static Optional<GuaranteeMethod> parse(String text) {
		return Labelled.parse(values(), text);
	}

}
