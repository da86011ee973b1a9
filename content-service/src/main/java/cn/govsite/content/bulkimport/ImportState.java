package cn.govsite.content.bulkimport;

/** An import run's lifecycle: QUEUED -> RUNNING -> DONE or FAILED. */
public enum ImportState {

	QUEUED, RUNNING, DONE, FAILED;

	public boolean mayBecome(ImportState next) {
		return switch (this) {
			case QUEUED -> next == RUNNING || next == FAILED;
			case RUNNING -> next == DONE || next == FAILED;
			case DONE, FAILED -> false;
		};
	}

}
