package cn.govsite.content.column;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Columns of the request's site; the tenant line interceptor adds the site filter. */
@Mapper
public interface ColumnMapper extends BaseMapper<SiteColumn> {

	/**
	 * Items filed in the column (read-only look at the article table, site-filtered too).
	 */
	@Select("SELECT COUNT(*) FROM article WHERE column_id = #{columnId}")
	long countItems(long columnId);

}
