package cn.govsite.content.crosssite;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** The pushes of the request's site (tenant line on the pushing site). */
@Mapper
interface ItemPushMapper extends BaseMapper<ItemPush> {

}
