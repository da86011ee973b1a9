package cn.govsite.tenant.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.govsite.common.error.FieldViolation;
import cn.govsite.common.error.GovsiteException;
import cn.govsite.common.error.Message;
import cn.govsite.common.error.ProblemType;

/**
 * 站点开通规则 — the rules a new site must satisfy: one city portal; department and county
 * sites under the city portal; the city portal on {@code www.{base}}, departments on
 * {@code {code}.{base}} (a subdomain of the parent portal), county portals on a domain of
 * their own. Every broken rule is reported at once, field by field.
 */
public final class SiteRegistration {

	/** Codes that would collide with the paths of the public site API. */
	private static final Set<String> RESERVED_CODES = Set.of("resolve");

	private final String baseDomain;

	public SiteRegistration(String baseDomain) {
		this.baseDomain = HostNames.normalize(baseDomain);
		if (!HostNames.isValid(this.baseDomain)) {
			throw new IllegalArgumentException("Base domain is not a host name: " + baseDomain);
		}
	}

	public String cityPortalDomain() {
		return "www." + this.baseDomain;
	}

	public String departmentDomain(String code) {
		return code + "." + this.baseDomain;
	}

	/**
	 * Checks the application against the sites that exist.
	 * @param parent the site named by {@code parentCode}, empty when none was named or it
	 * does not exist
	 * @param cityPortalCode the code of the existing city portal, if there is one
	 */
	public PlannedSite plan(SiteApplication application, Optional<ParentSite> parent, Optional<String> cityPortalCode) {
		List<FieldViolation> violations = new ArrayList<>();
		String code = application.code();
		if (RESERVED_CODES.contains(code)) {
			violations
				.add(new FieldViolation("code", Message.of("站点代码是保留字：" + code, "The site code is reserved: " + code)));
		}
		if (code.endsWith("-")) {
			violations.add(
					new FieldViolation("code", Message.of("站点代码不能以连字符结尾", "The site code must not end with a hyphen")));
		}
		Long parentId = switch (application.kind()) {
			case CITY_PORTAL -> {
				cityPortalCode.ifPresent(
						existing -> violations.add(new FieldViolation("kind", Message.of("平台只能有一个市级门户，已存在：" + existing,
								"The platform has only one city portal; it exists already: " + existing))));
				if (application.parentCode() != null) {
					violations.add(new FieldViolation("parentCode",
							Message.of("市级门户没有上级站点", "The city portal has no parent site")));
				}
				yield null;
			}
			case COUNTY_PORTAL, DEPARTMENT -> parentId(application, parent, violations);
		};
		String domain = domain(application, violations);
		if (application.online() && application.siteIdentifier() == null) {
			violations.add(new FieldViolation("siteIdentifier", Message.of("开设即上线的站点必须提供网站标识码",
					"A site brought online at creation needs its site identifier (网站标识码)")));
		}
		if (!violations.isEmpty()) {
			throw new GovsiteException(ProblemType.VALIDATION,
					Message.of("请求中有 " + violations.size() + " 处错误", violations.size() + " field(s) are invalid"),
					violations);
		}
		return new PlannedSite(code, application.name().strip(), application.kind(), parentId, domain,
				application.siteIdentifier());
	}

	private static Long parentId(SiteApplication application, Optional<ParentSite> parent,
			List<FieldViolation> violations) {
		if (application.parentCode() == null) {
			violations.add(new FieldViolation("parentCode", Message.of("部门网站和区县门户必须指定上级站点（市级门户）",
					"A department or county site needs a parent site (the city portal)")));
			return null;
		}
		if (parent.isEmpty()) {
			violations.add(new FieldViolation("parentCode", Message.of("上级站点不存在：" + application.parentCode(),
					"No parent site with code " + application.parentCode())));
			return null;
		}
		if (parent.get().kind() != SiteKind.CITY_PORTAL) {
			violations.add(new FieldViolation("parentCode", Message.of("上级站点必须是市级门户：" + application.parentCode(),
					"The parent site must be the city portal: " + application.parentCode())));
			return null;
		}
		return parent.get().id();
	}

	private String domain(SiteApplication application, List<FieldViolation> violations) {
		String requested = (application.domain() != null) ? HostNames.normalize(application.domain()) : null;
		return switch (application.kind()) {
			case CITY_PORTAL -> assigned(cityPortalDomain(), requested, violations);
			case DEPARTMENT -> assigned(departmentDomain(application.code()), requested, violations);
			case COUNTY_PORTAL -> {
				if (requested == null || requested.isEmpty()) {
					violations.add(new FieldViolation("domain",
							Message.of("区县门户必须提供自己的域名", "A county portal must give its own domain")));
				}
				else if (!HostNames.isValid(requested)) {
					violations.add(new FieldViolation("domain", Message.of("域名格式不正确：" + application.domain(),
							"Not a valid host name: " + application.domain())));
				}
				yield requested;
			}
		};
	}

	/** Domains the platform assigns: a client may repeat it, not choose another one. */
	private static String assigned(String domain, String requested, List<FieldViolation> violations) {
		if (requested != null && !requested.isEmpty() && !requested.equals(domain)) {
			violations.add(new FieldViolation("domain", Message.of("此类站点的域名由平台分配为 " + domain + "，不能指定为 " + requested,
					"The platform assigns " + domain + " to this kind of site; it cannot be " + requested)));
		}
		return domain;
	}

}
