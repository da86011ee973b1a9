package cn.govsite.content.supervision;

import cn.govsite.content.check.Severity;

/** A finding of the content checks on a published item, with the item it is in. */
public record ContentFinding(long articleId, long columnId, String title, String ruleId, Severity severity,
		String matched, String explanationZh, String explanationEn) {

}
