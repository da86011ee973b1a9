package cn.govsite.common.storage;

/** Object storage did not do what was asked (unreachable, refused, I/O). */
public class StorageException extends RuntimeException {

	public StorageException(Throwable cause) {
		super("Object storage failed: " + cause, cause);
	}

}
