package cn.govsite.asset.inspection;

/**
 * An upload that passed inspection: its kind and type as the content proved them, and the
 * bytes to store — for images freshly encoded pixels, for other kinds the upload as it
 * came.
 *
 * @param extension the extension (with the dot) that goes with the stored type
 * @param width pixels across, images only (else 0)
 * @param height pixels down, images only (else 0)
 */
public record Inspected(FileKind kind, String contentType, String extension, UploadSource content, String sha256,
		int width, int height) {

	public long size() {
		return this.content.size();
	}

}
