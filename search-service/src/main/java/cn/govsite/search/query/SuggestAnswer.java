package cn.govsite.search.query;

import java.util.List;

/** 联想词 — titles that start with what was typed so far. */
public record SuggestAnswer(String prefix, List<String> suggestions) {
}
