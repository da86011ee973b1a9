-- 栏目内容保障: each column records who guarantees its content, how, how often it must be
-- updated and how inspection treats it (000 annex, 002). Nullable where a table leaves a
-- cell empty or a column was created before it had a guarantee.
ALTER TABLE site_column
    ADD COLUMN code             VARCHAR(60)  NULL AFTER name,
    ADD COLUMN content          VARCHAR(500) NULL,
    ADD COLUMN responsible_unit VARCHAR(200) NULL,
    ADD COLUMN method           VARCHAR(30)  NULL,
    ADD COLUMN method_text      VARCHAR(100) NULL,
    ADD COLUMN cycle_kind       VARCHAR(30)  NULL,
    ADD COLUMN cycle_count      INT          NOT NULL DEFAULT 0,
    ADD COLUMN cycle_text       VARCHAR(60)  NULL,
    ADD COLUMN category         VARCHAR(30)  NULL,
    ADD COLUMN link_url         VARCHAR(500) NULL,
    ADD COLUMN plan_name        VARCHAR(60)  NULL,
    ADD COLUMN updated_at       DATETIME(3)  NULL;

UPDATE site_column SET code = CONCAT('c', id), method = 'PUBLISH_AFTER_REVIEW', updated_at = created_at;

ALTER TABLE site_column
    MODIFY COLUMN code VARCHAR(60) NOT NULL,
    ADD UNIQUE KEY uk_site_column_code (site_id, code);
