package cn.govsite.asset.sharing;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Grants of the request's site's resources (tenant line on the owner). */
@Mapper
interface AssetGrantMapper extends BaseMapper<AssetGrant> {

}
