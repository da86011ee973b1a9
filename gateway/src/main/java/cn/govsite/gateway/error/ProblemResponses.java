package cn.govsite.gateway.error;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;
import cn.govsite.common.error.Problems;
import cn.govsite.gateway.web.RequestIdWebFilter;

/** Writes the platform's problem details (bilingual, with the request id) reactively. */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	public ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemType type, HttpStatusCode status, Message detail,
			List<FieldViolation> violations) {
		ProblemDetail problem = Problems.of(type, status, detail, violations, RequestIdWebFilter.of(exchange));
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemType type, Message detail) {
		return write(exchange, type, type.status(), detail, List.of());
	}

}
