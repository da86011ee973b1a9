package cn.govsite.content.item;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * 资源引用 — an attachment, image or form as a reference into the resource library (asset id
 * and what it is for), never an uploaded file of its own. Stored as given for now: the
 * library checks the id once it exists.
 */
public record ResourceRef(@NotNull @Positive Long assetId, @NotNull Purpose purpose, @Size(max = 200) String caption) {

	/** What the referenced resource does for the item. */
	public enum Purpose {

		/** 附件. */
		ATTACHMENT,
		/** 正文图片. */
		IMAGE,
		/** 封面/标题图. */
		COVER,
		/** 照片 (a leader's). */
		PHOTO,
		/** 样表/空白表格. */
		TEMPLATE,
		/** 视频. */
		VIDEO

	}

}
