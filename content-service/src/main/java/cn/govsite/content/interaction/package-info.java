/**
 * 政民互动 — interaction with citizens: mailboxes, surveys and the knowledge base. What the
 * sub-packages share lives here: typed refusals, citizen-text cleaning, personal-data
 * masking and the rate limit of public submissions.
 */
package cn.govsite.content.interaction;
