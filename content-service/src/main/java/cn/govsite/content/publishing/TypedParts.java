package cn.govsite.content.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.govsite.content.article.Article;
import cn.govsite.content.item.ContentType;
import cn.govsite.content.item.LeaderProfileFields;
import cn.govsite.content.item.LinkFields;
import cn.govsite.content.item.NoticeFields;
import cn.govsite.content.item.PolicyDocumentFields;
import cn.govsite.content.item.PolicyInterpretationFields;
import cn.govsite.content.item.ResourceRef;
import cn.govsite.content.item.ServiceGuideFields;
import cn.govsite.content.item.TypeFields;

/**
 * What an item's page shows beyond title and body, by its type (信息类型): a policy
 * document's 文号, 发文机关, dates, 有效性 and its interpretations; an interpretation's document;
 * a service guide's elements and materials with their blank forms; a leader's title and
 * duties; the notice's issuer; the attachments; the 已归档 date. Plain values only, for the
 * sandboxed templates.
 */
final class TypedParts {

	/** A page the item links to (an interpretation, the document interpreted). */
	record Link(String title, String path) {
	}

	private TypedParts() {
	}

	/** Adds the item's typed parts to its page model {@code item}. */
	static void addTo(Map<String, Object> item, Article article, TypeFields fields, List<ResourceRef> resources,
			List<Link> related) {
		ContentType type = article.type();
		item.put("type", type.name());
		item.put("typeLabel", type.label());
		item.put("archivedDate", (article.getArchivedAt() != null)
				? article.getArchivedAt().atZone(PageModels.READERS_ZONE).toLocalDate().toString() : "");
		List<Map<String, Object>> rows = new ArrayList<>();
		item.put("validity", "");
		item.put("validityLabel", "");
		item.put("materials", List.of());
		item.put("onlineUrl", "");
		item.put("photo", "");
		switch (fields) {
			case PolicyDocumentFields document -> {
				row(rows, "文号", document.documentNumber());
				row(rows, "发文机关", document.issuingAuthority());
				row(rows, "成文日期", date(document.writtenOn()));
				row(rows, "发布日期", date(document.publishedOn()));
				row(rows, "主题分类", document.topic());
				String validity = document.validity().label()
						+ ((document.validityChangedOn() != null) ? "（" + document.validityChangedOn() + "）" : "");
				row(rows, "有效性", validity);
				row(rows, "有效性说明", document.validityNote());
				item.put("validity", document.validity().name());
				item.put("validityLabel", document.validity().label());
			}
			case PolicyInterpretationFields interpretation ->
				row(rows, "解读形式", (interpretation.form() != null) ? formLabel(interpretation.form()) : "");
			case ServiceGuideFields guide -> {
				row(rows, "设定依据", guide.basis());
				row(rows, "受理条件", guide.conditions());
				row(rows, "办理流程", guide.process());
				row(rows, "办理时限", guide.timeLimit());
				row(rows, "收费标准", guide.fees());
				row(rows, "办理地点", guide.office());
				row(rows, "咨询电话", guide.contacts());
				row(rows, "网上办理深度", onlineLabel(guide.onlineLevel()));
				item.put("onlineUrl", text(guide.onlineUrl()));
				item.put("materials", guide.materials().stream().map(TypedParts::material).toList());
			}
			case LeaderProfileFields leader -> {
				row(rows, "姓名", leader.name());
				row(rows, "职务", leader.title());
				row(rows, "单位", leader.unit());
				row(rows, "工作分工", leader.duties());
			}
			case NoticeFields notice -> {
				row(rows, "发布机构", notice.issuer());
				row(rows, "有效期至", date(notice.validUntil()));
			}
			case LinkFields link -> row(rows, "链接", link.url());
			case null, default -> {
			}
		}
		item.put("fields", rows);
		List<Map<String, Object>> attachments = new ArrayList<>();
		for (ResourceRef resource : resources) {
			switch (resource.purpose()) {
				case PHOTO -> item.put("photo", assetHref(resource.assetId()));
				case ATTACHMENT, TEMPLATE, VIDEO -> attachments.add(attachment(resource, attachments.size() + 1));
				default -> {
				}
			}
		}
		item.put("attachments", attachments);
		item.put("relatedLabel", switch (type) {
			case POLICY_DOCUMENT -> "政策解读";
			case POLICY_INTERPRETATION -> "解读的文件";
			default -> "相关信息";
		});
		item.put("related",
				related.stream()
					.map(link -> Map.<String, Object>of("title", link.title(), "path", link.path()))
					.toList());
	}

	private static Map<String, Object> material(ServiceGuideFields.Material material) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", material.name());
		model.put("required", material.required() ? "必需" : "非必需");
		model.put("copies", (material.copies() != null) ? material.copies() + " 份" : "");
		model.put("note", text(material.note()));
		model.put("template", (material.template() != null) ? assetHref(material.template().assetId()) : "");
		return model;
	}

	private static Map<String, Object> attachment(ResourceRef resource, int number) {
		Map<String, Object> model = new LinkedHashMap<>();
		String fallback = switch (resource.purpose()) {
			case TEMPLATE -> "样表";
			case VIDEO -> "视频";
			default -> "附件";
		} + number;
		model.put("name",
				(resource.caption() != null && !resource.caption().isBlank()) ? resource.caption() : fallback);
		model.put("href", assetHref(resource.assetId()));
		return model;
	}

	static String assetHref(long assetId) {
		return "/assets/" + assetId + "/content";
	}

	private static void row(List<Map<String, Object>> rows, String label, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(Map.of("label", label, "value", value));
		}
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	static String onlineLabel(ServiceGuideFields.OnlineLevel level) {
		return switch (level) {
			case OFFLINE -> "不能网上办理";
			case INFORMATION -> "信息公开（指南在线查阅）";
			case DOWNLOAD -> "表格下载";
			case ONLINE_APPLY -> "网上预审/申报";
			case FULLY_ONLINE -> "全程网办";
		};
	}

	static String formLabel(PolicyInterpretationFields.Form form) {
		return switch (form) {
			case TEXT -> "文字解读";
			case GRAPHIC -> "图文解读";
			case VIDEO -> "视频解读";
			case EXPERT -> "专家解读";
			case OFFICIAL -> "领导解读";
		};
	}

}
