package cn.govsite.content.workflow;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** The review audit of the request's site. */
@Mapper
interface ArticleReviewMapper extends BaseMapper<ArticleReview> {

}
