package cn.govsite.asset.text;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** Texts by SHA-256; a shared table, so no site filter applies. */
@Mapper
interface DocumentTextMapper extends BaseMapper<DocumentText> {

}
