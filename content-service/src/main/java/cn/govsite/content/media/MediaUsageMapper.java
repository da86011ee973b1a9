package cn.govsite.content.media;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Usages of the request's site; the tenant line adds the site filter. */
@Mapper
interface MediaUsageMapper extends BaseMapper<MediaUsage> {

}
