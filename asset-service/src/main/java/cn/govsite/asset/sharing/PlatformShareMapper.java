package cn.govsite.asset.sharing;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Platform-wide shares of the request's site's resources. */
@Mapper
interface PlatformShareMapper extends BaseMapper<PlatformShare> {

}
