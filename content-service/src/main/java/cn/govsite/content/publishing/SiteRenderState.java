package cn.govsite.content.publishing;

import java.time.Instant;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The column tree a site's pages were last rendered from (as fingerprints). */
@TableName("site_render_state")
public class SiteRenderState {

	@TableId(type = IdType.INPUT)
	private Long siteId;

	private String treePrint;

	private String navPrint;

	private Instant updatedAt;

	public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(Long siteId) {
		this.siteId = siteId;
	}

	public String getTreePrint() {
		return this.treePrint;
	}

	public void setTreePrint(String treePrint) {
		this.treePrint = treePrint;
	}

	public String getNavPrint() {
		return this.navPrint;
	}

	public void setNavPrint(String navPrint) {
		this.navPrint = navPrint;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
