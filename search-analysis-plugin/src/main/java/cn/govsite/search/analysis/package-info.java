/**
 * The govsite Elasticsearch stable analysis plugin: {@code govsite_chinese} analyzer,
 * {@code govsite_smartcn} tokenizer, {@code govsite_normalize} and {@code govsite_stop}
 * token filters.
 */
package cn.govsite.search.analysis;
