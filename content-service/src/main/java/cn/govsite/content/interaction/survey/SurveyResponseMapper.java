package cn.govsite.content.interaction.survey;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** SurveyResponse rows of the request's site (the site filter adds {@code site_id}). */
@Mapper
interface SurveyResponseMapper extends BaseMapper<SurveyResponse> {

}
