package cn.govsite.asset.sharing;

import org.apache.ibatis.annotations.Mapper;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;

/** The sharing audit trail of the request's site's resources. */
@Mapper
interface ShareAuditMapper extends BaseMapper<ShareAudit> {

}
