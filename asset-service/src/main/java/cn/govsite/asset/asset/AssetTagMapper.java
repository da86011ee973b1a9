package cn.govsite.asset.asset;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Tags of the request's site's resources; the tenant line adds the site filter. */
@Mapper
interface AssetTagMapper extends BaseMapper<AssetTag> {

}
