package cn.govsite.asset.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.govsite.asset.inspection.FileKind;
import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;

/**
 * 登记信息 — what the library must know of a resource before any site may use it: its title,
 * where it comes from, who holds the rights under which licence until when, how it is
 * classified, and for pictures the text that replaces them for people who cannot see
 * them.
 *
 * @param rightsExpireOn the last day the licence allows use; {@code null} when it does
 * not expire
 */
public record AssetMetadata(String title, SourceType sourceType, String sourceName, String rightsHolder, String licence,
		LocalDate rightsExpireOn, String category, List<String> tags, String altText) {

	public AssetMetadata {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	/**
	 * What stops registration, one violation per field; empty when the resource may be
	 * registered.
	 */
	public List<FieldViolation> missingForRegistration(FileKind kind, LocalDate today) {
		List<FieldViolation> missing = new ArrayList<>();
		require(missing, "title", this.title, "标题", "title");
		if (this.sourceType == null) {
			missing.add(new FieldViolation("sourceType",
					Message.of("登记前须注明来源（原创或转载）", "The source (original or reprinted) is required for registration")));
		}
		else if (this.sourceType == SourceType.REPRINTED) {
			require(missing, "sourceName", this.sourceName, "转载来源", "source of a reprint");
		}
		require(missing, "rightsHolder", this.rightsHolder, "版权方", "rights holder");
		require(missing, "licence", this.licence, "授权方式", "licence");
		if (this.rightsExpireOn != null && this.rightsExpireOn.isBefore(today)) {
			missing.add(new FieldViolation("rightsExpireOn", Message.of("授权已于 " + this.rightsExpireOn + " 到期，不能登记",
					"The licence expired on " + this.rightsExpireOn + "; the resource cannot be registered")));
		}
		require(missing, "category", this.category, "分类", "category");
		if (kind == FileKind.IMAGE) {
			require(missing, "altText", this.altText, "图片替代文本", "alt text of an image");
		}
		return missing;
	}

	private static void require(List<FieldViolation> missing, String field, String value, String zh, String en) {
		if (value == null || value.isBlank()) {
			missing.add(new FieldViolation(field,
					Message.of("登记前须填写" + zh, "The " + en + " is required for registration")));
		}
	}

}
