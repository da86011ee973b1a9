package cn.govsite.content.article;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Versions of the request's site's articles. */
@Mapper
public interface ArticleVersionMapper extends BaseMapper<ArticleVersion> {

}
