package cn.govsite.asset.upload;

import java.util.List;

/**
 * Where a large upload stands: the parts S3 holds and the ones still to send, so an
 * interrupted client resumes with exactly those.
 */
record UploadProgress(String uploadId, long size, long partSize, int partCount, List<Integer> received,
		List<Integer> missing, long bytesReceived) {

}
