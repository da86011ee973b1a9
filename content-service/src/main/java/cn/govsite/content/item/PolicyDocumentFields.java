package cn.govsite.content.item;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 政策文件 — 文号 (document number), 发文机关 (issuing authority), 成文日期 (written on), 发布日期
 * (published on), 有效性 (validity) with the day and reason of its change, 主题分类 (topic), and
 * whether a 政策解读 must accompany it before it is approved or published.
 */
public record PolicyDocumentFields(@NotBlank @Size(max = 100) String documentNumber,
		@NotBlank @Size(max = 200) String issuingAuthority, @NotNull LocalDate writtenOn, LocalDate publishedOn,
		@NotNull Validity validity, LocalDate validityChangedOn, @Size(max = 500) String validityNote,
		@NotBlank @Size(max = 60) String topic, boolean interpretationRequired) implements TypeFields {

	/** 有效性 of a policy document. */
	public enum Validity {

		/** 有效. */
		VALID("有效"),
		/** 已修改. */
		AMENDED("已修改"),
		/** 已废止. */
		ABOLISHED("已废止");

		private final String label;

		Validity(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
