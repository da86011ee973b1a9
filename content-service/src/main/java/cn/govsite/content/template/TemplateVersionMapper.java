package cn.govsite.content.template;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

@Mapper
public interface TemplateVersionMapper extends BaseMapper<TemplateVersion> {

}
