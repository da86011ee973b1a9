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
	 * Moves the article only if it is still where the caller saw it (state and
	 * approvals): of two concurrent moves, one wins and the other changes nothing (0
	 * rows).
	 */
	@Update("UPDATE article SET state = #{to}, approvals = #{approvals}, first_approver = #{firstApprover}, "
			+ "updated_at = #{at}, published_at = #{publishedAt} "
			+ "WHERE id = #{id} AND state = #{from} AND approvals = #{fromApprovals}")
	int move(@Param("id") long id, @Param("from") ArticleState from, @Param("fromApprovals") int fromApprovals,
			@Param("to") ArticleState to, @Param("approvals") int approvals,
			@Param("firstApprover") String firstApprover, @Param("at") Instant at,
			@Param("publishedAt") Instant publishedAt);

	/**
	 * Saves an edit over the version the editor read: content and flags, back to a draft
	 * without approvals, the version counted up.
	 */
	@Update("UPDATE article SET title = #{a.title}, body = #{a.body}, source = #{a.source}, major = #{a.major}, "
			+ "publish_at = #{a.publishAt}, content_type = #{a.contentType}, type_data = #{a.typeData}, "
			+ "attachments = #{a.attachments}, related_id = #{a.relatedId}, occurred_on = #{a.occurredOn}, check_blocking = #{a.checkBlocking}, check_warnings = #{a.checkWarnings}, "
			+ "state = #{a.state}, approvals = 0, first_approver = NULL, version = #{a.version}, "
			+ "updated_at = #{a.updatedAt} WHERE id = #{a.id} AND version = #{expectedVersion} AND state = #{fromState}")
	int saveEdit(@Param("a") Article article, @Param("expectedVersion") int expectedVersion,
			@Param("fromState") ArticleState fromState);

}
