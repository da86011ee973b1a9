package cn.govsite.asset.usage;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/**
 * Usages by the request's (or event's) site; the tenant line filters on the using site.
 */
@Mapper
interface AssetUsageMapper extends BaseMapper<AssetUsage> {

}
