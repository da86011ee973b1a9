package cn.govsite.content.column;

import java.util.Optional;

/**
 * 检查类别 — the kind of column the inspection rules treat alike (news must move within two
 * weeks, notices and policies within six months, static pages only on change).
 */
public enum InspectionCategory implements Labelled {

	DYNAMIC_NEWS("动态要闻"), NOTICES("通知公告"), POLICY_DOCUMENTS("政策文件"), DISCLOSURE("信息公开"), INTERACTION("互动交流"),
	SERVICE("办事服务"), STATIC("静态栏目");

	private final String label;

	InspectionCategory(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The InspectionCategory named by its code or its Chinese label. */
	public static Optional<InspectionCategory> parse(String text) {
		return Labelled.parse(values(), text);
	}

}
