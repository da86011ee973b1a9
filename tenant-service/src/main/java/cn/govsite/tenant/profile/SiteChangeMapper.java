package cn.govsite.tenant.profile;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** The {@code site_change} table. */
@Mapper
public interface SiteChangeMapper extends BaseMapper<SiteChange> {

	default List<SiteChange> findBySite(long siteId) {
		return selectList(Wrappers.<SiteChange>lambdaQuery()
			.eq(SiteChange::getSiteId, siteId)
			.orderByAsc(SiteChange::getChangedAt)
			.orderByAsc(SiteChange::getId));
	}

}
