package cn.govsite.asset.text;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** 文档全文 — the extracted text of one file's bytes (by SHA-256), or why there is none. */
@TableName("document_text")
public class DocumentText {

	@TableId(type = IdType.INPUT)
	private String sha256;

	private String text;

	private boolean truncated;

	private String failure;

	private Instant extractedAt;

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isTruncated() {
		return this.truncated;
	}

	public void setTruncated(boolean truncated) {
		this.truncated = truncated;
	}

	public String getFailure() {
		return this.failure;
	}

	public void setFailure(String failure) {
		this.failure = failure;
	}

	public Instant getExtractedAt() {
		return this.extractedAt;
	}

	public void setExtractedAt(Instant extractedAt) {
		this.extractedAt = extractedAt;
	}

}
