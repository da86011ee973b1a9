-- Cross-site items: where a pushed (信息报送) or reprinted (转载) item came from, so its source
-- is shown; and archiving (归档) of items and columns: archived pages stay reachable,
-- marked 已归档 with the date.
ALTER TABLE article
    ADD COLUMN origin_kind      VARCHAR(20)  NULL,
    ADD COLUMN origin_site_id   BIGINT       NULL,
    ADD COLUMN origin_site_code VARCHAR(40)  NULL,
    ADD COLUMN origin_site_name VARCHAR(100) NULL,
    ADD COLUMN origin_item_id   BIGINT       NULL,
    ADD COLUMN origin_url       VARCHAR(600) NULL,
    ADD COLUMN archived_at      DATETIME(3)  NULL,
    ADD KEY idx_article_origin (site_id, origin_site_id, origin_item_id);

ALTER TABLE site_column
    ADD COLUMN archived_at DATETIME(3) NULL;

-- 信息报送与采用: an item a site pushed to a column of its parent portal, kept on the pushing
-- site (site_id) for its score; status follows the parent's decision (adopted when published).
CREATE TABLE item_push (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT       NOT NULL,
    item_id          BIGINT       NOT NULL,
    target_site_id   BIGINT       NOT NULL,
    target_site_name VARCHAR(100) NOT NULL,
    target_column_id BIGINT       NOT NULL,
    target_item_id   BIGINT       NOT NULL,
    pushed_by        VARCHAR(100) NOT NULL,
    pushed_at        DATETIME(3)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    decided_by       VARCHAR(100) NULL,
    decided_at       DATETIME(3)  NULL,
    UNIQUE KEY uk_item_push (site_id, item_id, target_site_id),
    KEY idx_item_push_target (site_id, target_site_id, target_item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
