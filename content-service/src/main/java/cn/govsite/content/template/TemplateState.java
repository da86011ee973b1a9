package cn.govsite.content.template;

/**
 * The lifecycle of a template version: saved as a draft, made the site's live version,
 * replaced by another (and possibly made live again by a rollback).
 */
public enum TemplateState {

	DRAFT, ACTIVE, SUPERSEDED

}
