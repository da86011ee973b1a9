package cn.govsite.content.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * 模板 — the templates of a site's template set, each one file of the platform's default
 * set that a site may override. The file name is how templates include each other.
 */
public enum TemplateName {

	/** The frame every page shares: header, navigation, breadcrumb, footer. */
	LAYOUT("_layout"),
	/** 首页. */
	HOME("index"),
	/** 栏目列表页, one page per page of the column's list. */
	COLUMN("column"),
	/** 文章/文件页. */
	ARTICLE("article"),
	/** 政策解读页. */
	INTERPRETATION("interpretation"),
	/** 办事指南页. */
	SERVICE_GUIDE("guide"),
	/** 搜索页 (the search box and where results are shown). */
	SEARCH("search"),
	/** 网站地图, from the column tree. */
	SITE_MAP("sitemap"),
	/**
	 * 政民互动: the site's mailboxes with their forms, the monthly figures, published letters
	 * and open surveys.
	 */
	INTERACTION("interaction"),
	/** The banner of archived pages (已归档), included by the pages that show it. */
	ARCHIVE_BANNER("archive-banner"),
	/** 错误页 (404). */
	ERROR("error"),
	/** 维护页, shown while the site is closed for maintenance. */
	MAINTENANCE("maintenance");

	private final String id;

	TemplateName(String id) {
		this.id = id;
	}

	/** The name in URLs and in {@code <#include>}: {@code article}. */
	public String id() {
		return this.id;
	}

	/** The file the templates know it by: {@code article.ftlh}. */
	public String file() {
		return this.id + ".ftlh";
	}

	public static Optional<TemplateName> ofId(String id) {
		return Arrays.stream(values()).filter(name -> name.id.equals(id)).findFirst();
	}

	public static Optional<TemplateName> ofFile(String file) {
		return Arrays.stream(values()).filter(name -> name.file().equals(file)).findFirst();
	}

}
