package cn.govsite.content.check;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Stored findings of the request's site; the tenant line interceptor adds the site. */
@Mapper
interface CheckFindingMapper extends BaseMapper<CheckFindingRow> {

}
