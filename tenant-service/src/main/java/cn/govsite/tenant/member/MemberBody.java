package cn.govsite.tenant.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /sites/{code}/members}. */
record MemberBody(@NotBlank @Pattern(regexp = USERNAME, message = "{govsite.member.username}") String username,
		@NotBlank @Email @Size(max = 100) String email,
		@NotNull @Pattern(regexp = ROLE, message = "{govsite.member.role}") String role) {

	static final String USERNAME = "^[a-z][a-z0-9._-]{2,49}$";

	static final String ROLE = "site-admin|editor|reviewer|chief";

}
