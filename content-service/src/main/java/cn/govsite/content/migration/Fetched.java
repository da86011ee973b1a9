package cn.govsite.content.migration;

import java.net.URI;

/** One answer of the old site: status, type and bytes, or why there was none. */
record Fetched(int status, String contentType, byte[] body, URI location, String error) {

	static Fetched failed(String error) {
		return new Fetched(0, null, new byte[0], null, error);
	}

	boolean ok() {
		return this.error == null && this.status == 200;
	}

	boolean redirect() {
		return this.error == null && this.status >= 300 && this.status < 400 && this.location != null;
	}

	boolean html() {
		return this.contentType != null
				&& (this.contentType.startsWith("text/html") || this.contentType.startsWith("application/xhtml"));
	}

	/** Why the URL is broken, for the report. */
	String failure() {
		return (this.error != null) ? this.error : "HTTP " + this.status;
	}

}
