package cn.govsite.content.interaction.knowledge;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Knowledge entries of the request's site (the site filter adds {@code site_id}). */
@Mapper
interface KnowledgeEntryMapper extends BaseMapper<KnowledgeEntry> {

	/** Counts a view or a vote in place, so concurrent readers never lose one. */
	@Update("UPDATE knowledge_entry SET views = views + #{views}, helpful = helpful + #{helpful} "
			+ "WHERE id = #{id} AND archived = FALSE")
	int count(@Param("id") long id, @Param("views") int views, @Param("helpful") int helpful);

}
