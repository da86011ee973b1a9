package cn.govsite.content.item;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * 政策解读 — the policy document (of the same site) it explains, and its form. The document
 * finds its interpretations through this link, so the two are linked both ways.
 */
public record PolicyInterpretationFields(@NotNull @Positive Long documentId, Form form) implements TypeFields {

	/** 解读形式. */
	public enum Form {

		/** 文字解读. */
		TEXT,
		/** 图文解读. */
		GRAPHIC,
		/** 视频解读. */
		VIDEO,
		/** 专家解读. */
		EXPERT,
		/** 领导解读. */
		OFFICIAL

	}

}
