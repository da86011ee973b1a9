package cn.govsite.content.item;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 办事指南 — the elements of a service item: 设定依据 (basis), 受理条件 (conditions), 申请材料
 * (materials, each with an optional blank form from the resource library), 办理流程
 * (process), 办理时限 (time limit), 收费标准 (fees), 办理地点 (office), 咨询电话 (contacts) and how far
 * it can be done online.
 */
public record ServiceGuideFields(@NotBlank @Size(max = 4000) String basis,
		@NotBlank @Size(max = 4000) String conditions,
		@NotEmpty @Size(max = 100) List<@Valid @NotNull Material> materials, @NotBlank @Size(max = 4000) String process,
		@NotBlank @Size(max = 200) String timeLimit, @NotBlank @Size(max = 1000) String fees,
		@NotBlank @Size(max = 500) String office, @NotBlank @Size(max = 200) String contacts,
		@NotNull OnlineLevel onlineLevel, @Size(max = 500) String onlineUrl) implements TypeFields {

	/** 申请材料 — one document the applicant brings; {@code template} is its blank form. */
	public record Material(@NotBlank @Size(max = 200) String name, boolean required, @Min(1) @Max(99) Integer copies,
			@Valid ResourceRef template, @Size(max = 500) String note) {

	}

	/** 网上办理深度 — how far the item can be handled online. */
	public enum OnlineLevel {

		/** 不能网上办理 — counter only. */
		OFFLINE,
		/** 信息公开 — guide online only. */
		INFORMATION,
		/** 表格下载. */
		DOWNLOAD,
		/** 网上预审/申报. */
		ONLINE_APPLY,
		/** 全程网办. */
		FULLY_ONLINE

	}

}
