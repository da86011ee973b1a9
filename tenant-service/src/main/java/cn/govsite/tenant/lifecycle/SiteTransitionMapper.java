package cn.govsite.tenant.lifecycle;

import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

/** The {@code site_transition} table: inserted and read, never changed. */
@Mapper
public interface SiteTransitionMapper extends BaseMapper<SiteTransition> {

	default List<SiteTransition> findBySite(long siteId) {
		return selectList(Wrappers.<SiteTransition>lambdaQuery()
			.eq(SiteTransition::getSiteId, siteId)
			.orderByAsc(SiteTransition::getOccurredAt)
			.orderByAsc(SiteTransition::getId));
	}

}
