package cn.govsite.common.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An authenticated request: the {@link GovsitePrincipal} for decisions, the JWT kept as
 * credentials so calls to other services can relay it.
 */
public class GovsiteAuthentication extends AbstractAuthenticationToken {

	private final GovsitePrincipal principal;

	private final Jwt token;

	public GovsiteAuthentication(GovsitePrincipal principal, Jwt token) {
		super(AuthorityUtils.createAuthorityList(principal.authorities()));
		this.principal = principal;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public GovsitePrincipal getPrincipal() {
		return this.principal;
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	@Override
	public String getName() {
		return this.principal.username();
	}

}
