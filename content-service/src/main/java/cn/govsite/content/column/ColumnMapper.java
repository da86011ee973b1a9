package cn.govsite.content.column;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Columns of the request's site; the tenant line interceptor adds the site filter. */
@Mapper
public interface ColumnMapper extends BaseMapper<SiteColumn> {

}
