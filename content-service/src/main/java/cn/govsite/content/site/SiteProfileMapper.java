package cn.govsite.content.site;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

@Mapper
interface SiteProfileMapper extends BaseMapper<SiteProfile> {

	/**
	 * Locks the site's row until the transaction ends: publishing holds it so two
	 * publications of one site cannot write its home page from different snapshots.
	 */
	@Select("SELECT * FROM site_profile WHERE site_id = #{siteId} FOR UPDATE")
	SiteProfile lock(@Param("siteId") long siteId);

}
