package cn.govsite.content.supervision.score;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Stored monthly scores; the tenant line adds the site. */
@Mapper
public interface ScoreMapper extends BaseMapper<ScoreRow> {

}
