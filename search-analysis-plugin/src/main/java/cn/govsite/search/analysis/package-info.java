/**
 * The govsite Elasticsearch stable analysis plugin: {@code govsite_chinese} (index) and
 * {@code govsite_chinese_search} (search, with government synonyms) analyzers, the
 * {@code govsite_smartcn} tokenizer, the {@code govsite_width} char filter and the
 * {@code govsite_normalize}, {@code govsite_synonym} and {@code govsite_stop} token
 * filters.
 */
package cn.govsite.search.analysis;
