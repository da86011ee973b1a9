package cn.govsite.common.backup;

import org.springframework.http.HttpStatus;

import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * The two ways a restore is refused: a bad archive (400) or a site already there (409).
 */
public final class BackupProblems {

	public static final ProblemType INVALID = new ProblemType("backup-invalid", HttpStatus.BAD_REQUEST,
			Message.of("备份文件无效", "The backup archive is invalid"));

	public static final ProblemType CONFLICT = new ProblemType("backup-conflict", HttpStatus.CONFLICT,
			Message.of("目标平台已有该站点的数据", "The target platform already holds data of this site"));

	private BackupProblems() {
	}

	public static GovsiteException invalid(String zh, String en) {
		return new GovsiteException(INVALID, Message.of(zh, en));
	}

	public static GovsiteException conflict(String zh, String en) {
		return new GovsiteException(CONFLICT, Message.of(zh, en));
	}

}
