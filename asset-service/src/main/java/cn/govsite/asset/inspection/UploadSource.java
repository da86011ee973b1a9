package cn.govsite.asset.inspection;

import java.io.IOException;
import java.io.InputStream;

/**
 * The uploaded bytes, readable more than once (a multipart part on disk or in memory):
 * inspection reads them in several passes without holding a large file in memory.
 */
public interface UploadSource {

	InputStream open() throws IOException;

	long size();

	static UploadSource of(byte[] bytes) {
		return new UploadSource() {
			@Override
			public InputStream open() {
				return new java.io.ByteArrayInputStream(bytes);
			}

			@Override
			public long size() {
				return bytes.length;
			}
		};
	}

}
