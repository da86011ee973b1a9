package cn.govsite.content.supervision.inspection;

import java.time.Instant;

/**
 * What a veto item or a deducted point rests on, and where to look at it.
 *
 * @param kind what the evidence is about: SITE, COLUMN, ARTICLE, MESSAGE, CHANNEL
 * @param ref the API path of the thing ({@code /columns/12}, {@code /articles/5}), null
 * when it has none
 * @param label its name or title
 * @param at the time the evidence refers to (last update, message received), if any
 */
public record Evidence(String kind, String ref, String label, Instant at, String detailZh, String detailEn) {

}
