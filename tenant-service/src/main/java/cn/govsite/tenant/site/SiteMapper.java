package cn.govsite.tenant.site;

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
