package cn.govsite.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import cn.govsite.common.web.ClientAddress;

/**
 * Tells the services who the client is ({@link ClientAddress}): the peer address, the
 * same one the gateway's own search limit counts. A value the client sent is replaced, so
 * a forged header cannot make one flooder many clients.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ClientAddressWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var peer = exchange.getRequest().getRemoteAddress();
		String address = (peer != null && peer.getAddress() != null) ? peer.getAddress().getHostAddress() : null;
		return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
			headers.remove(ClientAddress.HEADER);
			if (address != null) {
				headers.set(ClientAddress.HEADER, address);
			}
		})).build());
	}

}
