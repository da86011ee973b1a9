package cn.govsite.asset.asset;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Assets of the request's site; the tenant line interceptor adds the site filter. */
@Mapper
interface AssetMapper extends BaseMapper<Asset> {

}
