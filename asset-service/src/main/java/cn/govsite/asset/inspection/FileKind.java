package cn.govsite.asset.inspection;

import java.util.List;

import org.springframework.util.unit.DataSize;

/**
 * 资源类别 — the kinds of resource the library takes, each with the media types it accepts by
 * default and its default size limit. A type belongs to at most one kind.
 */
public enum FileKind {

	/** 图片 — decoded and re-encoded, so only formats the JDK can both read and write. */
	IMAGE(List.of("image/jpeg", "image/png", "image/gif"), DataSize.ofMegabytes(10)),

	/** 视频. */
	VIDEO(List.of("video/mp4", "video/webm"), DataSize.ofGigabytes(2)),

	/** 音频. */
	AUDIO(List.of("audio/mpeg", "audio/ogg", "audio/vnd.wave"), DataSize.ofMegabytes(500)),

	/** 文档 — office formats as Tika names them once the content proves the family. */
	DOCUMENT(List.of("application/pdf", "text/plain", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation"), DataSize.ofMegabytes(100)),

	/** 数据 — open data sets. */
	DATA(List.of("text/csv", "application/json", "application/xml", "application/zip"), DataSize.ofMegabytes(200));

	private final List<String> defaultTypes;

	private final DataSize defaultMaxSize;

	FileKind(List<String> defaultTypes, DataSize defaultMaxSize) {
		this.defaultTypes = defaultTypes;
		this.defaultMaxSize = defaultMaxSize;
	}

	public List<String> defaultTypes() {
		return this.defaultTypes;
	}

	public DataSize defaultMaxSize() {
		return this.defaultMaxSize;
	}

}
