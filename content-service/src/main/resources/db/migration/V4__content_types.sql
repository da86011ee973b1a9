-- Typed content (信息类型): one item table for every type. The type's own fields live in
-- type_data as JSON validated by the service (cn.govsite.content.item), so notices, policy
-- documents, interpretations, leader profiles, links and service guides share the review
-- workflow, checks and publishing instead of duplicating them.
ALTER TABLE article
    ADD COLUMN content_type VARCHAR(30) NOT NULL DEFAULT 'ARTICLE' AFTER column_id,
    ADD COLUMN type_data    LONGTEXT    NULL CHECK (type_data IS NULL OR JSON_VALID(type_data)),
    -- Attachments and images as resource-library references (asset id + purpose); not yet
    -- checked against the library, which arrives in its own issue.
    ADD COLUMN attachments  LONGTEXT    NULL CHECK (attachments IS NULL OR JSON_VALID(attachments)),
    -- A policy interpretation's document (政策解读 → 政策文件); the other direction is a query.
    ADD COLUMN related_id   BIGINT      NULL,
    -- The day the publishing deadline counts from (event day, 成文日期); the creation day if absent.
    ADD COLUMN occurred_on  DATE        NULL,
    ADD KEY idx_article_type (site_id, content_type, state),
    ADD KEY idx_article_related (site_id, related_id);
