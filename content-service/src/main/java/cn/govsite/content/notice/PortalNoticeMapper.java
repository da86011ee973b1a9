package cn.govsite.content.notice;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PortalNoticeMapper extends BaseMapper<PortalNotice> {

}
