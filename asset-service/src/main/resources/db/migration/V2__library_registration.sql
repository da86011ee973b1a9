-- 先入库、后使用: every resource carries its source and rights and moves pending → registered → retired.
-- Bytes are stored once per SHA-256 (content-addressed keys), so several rows may share an object.
ALTER TABLE asset
    DROP INDEX uk_asset_object_key,
    ADD COLUMN kind             VARCHAR(16)  NOT NULL DEFAULT 'DOCUMENT' AFTER title,
    ADD COLUMN state            VARCHAR(16)  NOT NULL DEFAULT 'PENDING' AFTER kind,
    ADD COLUMN source_type      VARCHAR(16)  NULL,
    ADD COLUMN source_name      VARCHAR(200) NULL,
    ADD COLUMN rights_holder    VARCHAR(200) NULL,
    ADD COLUMN licence          VARCHAR(100) NULL,
    ADD COLUMN rights_expire_on DATE         NULL,
    ADD COLUMN category         VARCHAR(50)  NULL,
    ADD COLUMN alt_text         VARCHAR(250) NULL,
    ADD COLUMN width            INT          NOT NULL DEFAULT 0,
    ADD COLUMN height           INT          NOT NULL DEFAULT 0,
    ADD COLUMN registered_by    VARCHAR(100) NULL,
    ADD COLUMN registered_at    DATETIME(3)  NULL,
    ADD COLUMN retired_by       VARCHAR(100) NULL,
    ADD COLUMN retired_at       DATETIME(3)  NULL,
    ADD COLUMN retire_reason    VARCHAR(500) NULL,
    ADD KEY idx_asset_sha256 (sha256),
    ADD KEY idx_asset_site_state (site_id, state, id);

-- 标签: searched by tag within a site.
CREATE TABLE asset_tag (
    asset_id BIGINT      NOT NULL,
    site_id  BIGINT      NOT NULL,
    tag      VARCHAR(20) NOT NULL,
    PRIMARY KEY (asset_id, tag),
    KEY idx_asset_tag_site (site_id, tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
