package cn.govsite.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads Keycloak's claims ({@code realm_access.roles}, {@code groups}) into a principal.
 */
public class JwtPrincipalConverter implements Converter<Jwt, GovsiteAuthentication> {

	@Override
	public GovsiteAuthentication convert(Jwt jwt) {
		return new GovsiteAuthentication(principalOf(jwt), jwt);
	}

	public static GovsitePrincipal principalOf(Jwt jwt) {
		String username = jwt.getClaimAsString("preferred_username");
		return GovsitePrincipal.of(jwt.getSubject(), (username != null) ? username : jwt.getSubject(), realmRoles(jwt),
				strings(jwt.getClaim("groups")));
	}

	private static Collection<String> realmRoles(Jwt jwt) {
		Object access = jwt.getClaim("realm_access");
		if (access instanceof Map<?, ?> map) {
			return strings(map.get("roles"));
		}
		return List.of();
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> items) {
			return items.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

}
