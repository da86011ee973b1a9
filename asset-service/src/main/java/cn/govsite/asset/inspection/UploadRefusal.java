package cn.govsite.asset.inspection;

import org.springframework.http.HttpStatus;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * Why an upload was refused: each reason its own problem type, so the console and tests
 * can tell a wrong type from a bomb without reading the wording.
 */
public final class UploadRefusal {

	/** The content is of a type the library does not take (exe, script, SVG, HTML...). */
	public static final ProblemType TYPE_NOT_ALLOWED = new ProblemType("file-type-not-allowed",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, Message.of("不接受此类文件", "File type not accepted"));

	/**
	 * The name does not fit the content: wrong or double extension, control characters.
	 */
	public static final ProblemType NAME_MISMATCH = new ProblemType("file-name-mismatch",
			HttpStatus.UNPROCESSABLE_CONTENT, Message.of("文件名与文件内容不符", "File name does not match its content"));

	/** Over the size limit of its kind. */
	public static final ProblemType TOO_LARGE = new ProblemType("file-too-large", HttpStatus.CONTENT_TOO_LARGE,
			Message.of("文件超过该类资源的大小上限", "File exceeds the size limit of its kind"));

	/** Active or hostile content: bombs, polyglots, undecodable images. */
	public static final ProblemType UNSAFE = new ProblemType("file-unsafe", HttpStatus.UNPROCESSABLE_CONTENT,
			Message.of("文件内容不安全，已拒绝", "Unsafe file content refused"));

	private UploadRefusal() {
	}

	static GovsiteException of(ProblemType type, String zh, String en) {
		return new GovsiteException(type, Message.of(zh, en));
	}

}
