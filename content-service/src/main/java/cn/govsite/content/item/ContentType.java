package cn.govsite.content.item;

import java.util.Optional;

/**
 * 信息类型 — what kind of item an article row holds. Every type shares the review workflow,
 * checks and publishing; its own fields are a {@link TypeFields} record kept as JSON.
 */
public enum ContentType {

	/** 文章/新闻 — dynamic news, the default. */
	ARTICLE("文章", ArticleFields.class),
	/** 通知公告. */
	NOTICE("通知公告", NoticeFields.class),
	/** 政策文件. */
	POLICY_DOCUMENT("政策文件", PolicyDocumentFields.class),
	/** 政策解读 — always about one policy document of the same site. */
	POLICY_INTERPRETATION("政策解读", PolicyInterpretationFields.class),
	/** 领导信息. */
	LEADER_PROFILE("领导信息", LeaderProfileFields.class),
	/** 链接. */
	LINK("链接", LinkFields.class),
	/** 办事指南. */
	SERVICE_GUIDE("办事指南", ServiceGuideFields.class);

	private final String label;

	private final Class<? extends TypeFields> fields;

	ContentType(String label, Class<? extends TypeFields> fields) {
		this.label = label;
		this.fields = fields;
	}

	public String label() {
		return this.label;
	}

	Class<? extends TypeFields> fieldsClass() {
		return this.fields;
	}

	/** The type named by its code or its Chinese label; none for null. */
	public static Optional<ContentType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = text.strip();
		for (ContentType type : values()) {
			if (type.name().equals(wanted) || type.label.equals(wanted)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
