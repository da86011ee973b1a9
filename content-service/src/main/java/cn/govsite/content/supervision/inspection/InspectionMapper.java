package cn.govsite.content.supervision.inspection;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/**
 * Stored inspections; the tenant line adds the site, except in declared platform-wide
 * work (the supervisors' overview).
 */
@Mapper
public interface InspectionMapper extends BaseMapper<InspectionRow> {

}
