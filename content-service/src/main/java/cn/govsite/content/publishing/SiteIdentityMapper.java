package cn.govsite.content.publishing;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

@Mapper
public interface SiteIdentityMapper extends BaseMapper<SiteIdentity> {

}
