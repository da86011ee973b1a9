package cn.govsite.content.interaction.mailbox;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** MessageStep rows of the request's site (the site filter adds {@code site_id}). */
@Mapper
interface MessageStepMapper extends BaseMapper<MessageStep> {

}
