package cn.govsite.content.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** 首页 — when the home page last got new content, and whether that is too long ago. */
public record HomePageFreshness(Instant updatedAt, LocalDate staleOn, boolean stale) {

}
