package cn.govsite.e2e;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * What a citizen or an editor sees at one moment of the drill: the status of one call and
 * how long it took. A probe never hangs the drill: the client gives up after 30 seconds.
 */
record DrillProbe(String what, int status, String contentType, Duration took) {

	static DrillProbe of(String what, Supplier<GatewayClient.Response> call) {
		long start = System.nanoTime();
		try {
			GatewayClient.Response response = call.get();
			return new DrillProbe(what, response.status(), response.header("Content-Type"),
					Duration.ofNanos(System.nanoTime() - start));
		}
		catch (IllegalStateException ex) {
			return new DrillProbe(what, -1, ex.getCause() != null ? ex.getCause().toString() : ex.toString(),
					Duration.ofNanos(System.nanoTime() - start));
		}
	}

	/** A clear answer: success, or a 503 problem a client can act on. */
	boolean clear() {
		boolean success = this.status >= 200 && this.status < 300;
		boolean unavailable = this.status == 503 && this.contentType != null
				&& this.contentType.startsWith("application/problem+json");
		return success || unavailable;
	}

	@Override
	public String toString() {
		return String.format("%-48s %4d in %5d ms (%s)", this.what, this.status, this.took.toMillis(),
				this.contentType);
	}

}
