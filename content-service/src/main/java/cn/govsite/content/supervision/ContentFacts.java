package cn.govsite.content.supervision;

import java.util.List;

/**
 * The seam through which supervision re-checks what a site has published (错敏词, personal
 * data, links) with the same checker publishing uses.
 */
public interface ContentFacts {

	List<ContentFinding> findings(long siteId);

}
