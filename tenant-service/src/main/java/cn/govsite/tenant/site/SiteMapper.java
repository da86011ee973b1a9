package cn.govsite.tenant.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** The {@code site} table. */
@Mapper
public interface SiteMapper extends BaseMapper<Site> {

	default Optional<Site> findByCode(String code) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getCode, code)));
	}

	default Optional<Site> findByDomain(String domain) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getDomain, domain)));
	}

	/**
	 * The site a host (ASCII form) leads to: its English domain, its Chinese domain's
	 * punycode form, or the former domain that still redirects to it.
	 */
	default Optional<Site> findByHost(String host) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery()
			.eq(Site::getDomain, host)
			.or()
			.eq(Site::getChineseDomainAscii, host)
			.or()
			.eq(Site::getFormerDomain, host)
			.last("LIMIT 1")));
	}

	/**
	 * A site that holds the English domain now, has it announced, or still redirects it.
	 */
	default Optional<Site> findUsingDomain(String domain) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery()
			.eq(Site::getDomain, domain)
			.or()
			.eq(Site::getPendingDomain, domain)
			.or()
			.eq(Site::getFormerDomain, domain)
			.last("LIMIT 1")));
	}

	default Optional<Site> findByChineseDomainAscii(String ascii) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getChineseDomainAscii, ascii)));
	}

	default Optional<Site> findBySiteIdentifier(String identifier) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getSiteIdentifier, identifier)));
	}

	/** Codes of sites whose announced domain change takes effect on or before the day. */
	default List<String> codesWithChangeDue(LocalDate today) {
		return selectList(Wrappers.<Site>lambdaQuery()
			.select(Site::getCode)
			.le(Site::getPendingDomainOn, today)
			.isNotNull(Site::getPendingDomain)).stream().map(Site::getCode).toList();
	}

	/** Codes of sites whose former domain stopped redirecting before the day. */
	default List<String> codesWithFormerExpired(LocalDate today) {
		return selectList(Wrappers.<Site>lambdaQuery()
			.select(Site::getCode)
			.lt(Site::getFormerDomainUntil, today)
			.isNotNull(Site::getFormerDomain)).stream().map(Site::getCode).toList();
	}

	/**
	 * Writes the site's English and Chinese domains and their pending and former states.
	 */
	default void updateDomains(Site site) {
		update(null,
				Wrappers.<Site>lambdaUpdate()
					.set(Site::getDomain, site.getDomain())
					.set(Site::getChineseDomain, site.getChineseDomain())
					.set(Site::getChineseDomainAscii, site.getChineseDomainAscii())
					.set(Site::getPendingDomain, site.getPendingDomain())
					.set(Site::getPendingDomainOn, site.getPendingDomainOn())
					.set(Site::getPendingDomainReason, site.getPendingDomainReason())
					.set(Site::getFormerDomain, site.getFormerDomain())
					.set(Site::getFormerDomainUntil, site.getFormerDomainUntil())
					.set(Site::getUpdatedAt, site.getUpdatedAt())
					.eq(Site::getId, site.getId()));
	}

	default Optional<Site> findCityPortal() {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getKind, SiteKind.CITY_PORTAL)));
	}

	/** The site, locked until the transaction ends, so two moves cannot race. */
	default Optional<Site> lockByCode(String code) {
		return Optional.ofNullable(selectOne(Wrappers.<Site>lambdaQuery().eq(Site::getCode, code).last("FOR UPDATE")));
	}

	/**
	 * Writes the site's lifecycle fields, nulls included (a restored site loses its
	 * notice), which {@code updateById} would skip.
	 */
	default void updateState(Site site) {
		update(null,
				Wrappers.<Site>lambdaUpdate()
					.set(Site::getStatus, site.getStatus())
					.set(Site::getNotice, site.getNotice())
					.set(Site::getOfflineUntil, site.getOfflineUntil())
					.set(Site::getMigrationTarget, site.getMigrationTarget())
					.set(Site::getStatusChangedAt, site.getStatusChangedAt())
					.set(Site::getDomainReleasedAt, site.getDomainReleasedAt())
					.set(Site::getUpdatedAt, site.getUpdatedAt())
					.eq(Site::getId, site.getId()));
	}

	/** Writes the site's identity, units and contacts, nulls included. */
	default void updateProfile(Site site) {
		update(null,
				Wrappers.<Site>lambdaUpdate()
					.set(Site::getSponsorUnit, site.getSponsorUnit())
					.set(Site::getOrganizerUnit, site.getOrganizerUnit())
					.set(Site::getSiteIdentifier, site.getSiteIdentifier())
					.set(Site::getIcpRecord, site.getIcpRecord())
					.set(Site::getPoliceRecord, site.getPoliceRecord())
					.set(Site::getPartyGovLabel, site.getPartyGovLabel())
					.set(Site::getContacts, site.getContacts())
					.set(Site::getUpdatedAt, site.getUpdatedAt())
					.eq(Site::getId, site.getId()));
	}

	default List<Site> findAll() {
		return selectList(Wrappers.<Site>lambdaQuery().orderByAsc(Site::getId));
	}

}
