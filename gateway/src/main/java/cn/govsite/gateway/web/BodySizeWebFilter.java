package cn.govsite.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.gateway.error.ProblemResponses;

/**
 * Refuses a request body over {@link BodyLimits} with a 413 problem: at once when its
 * Content-Length says so, and while streaming when it comes chunked, so an oversized body
 * never reaches a service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodySizeWebFilter implements WebFilter {

	private final BodyLimits limits;

	private final ProblemResponses problems;

	BodySizeWebFilter(BodyLimits limits, ProblemResponses problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		long limit = this.limits.limitFor(request.getPath().value());
		long declared = request.getHeaders().getContentLength();
		if (declared > limit) {
			return tooLarge(exchange, limit);
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {

			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().map(buffer -> {
					if (seen.addAndGet(buffer.readableByteCount()) > limit) {
						DataBufferUtils.release(buffer);
						throw new TooLarge();
					}
					return buffer;
				});
			}

		};
		return chain.filter(exchange.mutate().request(counted).build())
			.onErrorResume(TooLarge.class,
					ex -> exchange.getResponse().isCommitted() ? Mono.error(ex) : tooLarge(exchange, limit));
	}

	private Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
		String size = DataSize.ofBytes(limit).toMegabytes() + "MB";
		return this.problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
				Message.of("请求内容超过 " + size + " 的上限", "The request body exceeds the limit of " + size));
	}

	/** A chunked body passed the limit. */
	private static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("request body too large", null, false, false);
		}

	}

}
