package cn.govsite.content.feed;

/** A poll that could not read its feed (unreachable, refused, unparsable). */
class FeedFailure extends RuntimeException {

	FeedFailure(String message) {
		super(message);
	}

	FeedFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
