package cn.govsite.content.article;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Articles of the request's site; the tenant line interceptor adds the site filter. */
@Mapper
public interface ArticleMapper extends BaseMapper<Article> {

	/**
	 * Moves the article only if it is still in {@code from}: of two concurrent moves, one
	 * wins and the other changes nothing (0 rows).
	 */
	@Update("UPDATE article SET state = #{to}, updated_at = #{at}, published_at = #{publishedAt} "
			+ "WHERE id = #{id} AND state = #{from}")
	int move(@Param("id") long id, @Param("from") ArticleState from, @Param("to") ArticleState to,
			@Param("at") Instant at, @Param("publishedAt") Instant publishedAt);

}
