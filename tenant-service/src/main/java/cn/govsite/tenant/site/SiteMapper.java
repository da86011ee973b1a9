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

	default List<Site> findAll() {
		return selectList(Wrappers.<Site>lambdaQuery().orderByAsc(Site::getId));
	}

}
