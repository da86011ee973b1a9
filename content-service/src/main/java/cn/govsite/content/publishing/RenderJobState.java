package cn.govsite.content.publishing;

import java.util.Set;

/** 渲染任务状态 — a render job waits, runs (and may be resumed), then is done or failed. */
enum RenderJobState {

	QUEUED, RUNNING, DONE, FAILED;

	/** Whether a job may move from this state to {@code next}. */
	boolean mayBecome(RenderJobState next) {
		return switch (this) {
			case QUEUED -> Set.of(RUNNING, FAILED).contains(next);
			// RUNNING -> RUNNING: another replica resumes a job whose runner stopped.
			case RUNNING -> Set.of(RUNNING, DONE, FAILED).contains(next);
			case DONE, FAILED -> false;
		};
	}

}
