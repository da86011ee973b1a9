-- 整合迁移: crawling an old website into a site's columns. A job keeps its mapping file,
-- its state and counts; migration_url is its frontier and its report at once (every URL
-- seen, what became of it), so a restarted job continues where it stopped. Imported items
-- are found again by URL or content hash across jobs of the site, so nothing imports twice.
CREATE TABLE migration_job (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    mapping       MEDIUMTEXT   NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    visited       INT          NOT NULL DEFAULT 0,
    queued        INT          NOT NULL DEFAULT 0,
    imported      INT          NOT NULL DEFAULT 0,
    archived      INT          NOT NULL DEFAULT 0,
    skipped       INT          NOT NULL DEFAULT 0,
    failed        INT          NOT NULL DEFAULT 0,
    redirects     INT          NOT NULL DEFAULT 0,
    assets        INT          NOT NULL DEFAULT 0,
    error         VARCHAR(1000) NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    started_at    DATETIME(3)  NULL,
    heartbeat_at  DATETIME(3)  NULL,
    finished_at   DATETIME(3)  NULL,
    KEY idx_migration_job_state (state, heartbeat_at),
    KEY idx_migration_job_site (site_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: PAGE (an HTML page), LIST (a section's list page), ASSET (an image or attachment).
-- outcome is NULL while queued.
CREATE TABLE migration_url (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT        NOT NULL,
    job_id       BIGINT        NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    url_hash     CHAR(64)      NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    section      VARCHAR(100)  NULL,
    outcome      VARCHAR(20)   NULL,
    reason       VARCHAR(500)  NULL,
    article_id   BIGINT        NULL,
    asset_id     BIGINT        NULL,
    column_id    BIGINT        NULL,
    title        VARCHAR(200)  NULL,
    original_date DATE         NULL,
    content_hash CHAR(64)      NULL,
    new_path     VARCHAR(200)  NULL,
    visited_at   DATETIME(3)   NULL,
    UNIQUE KEY uk_migration_url (job_id, url_hash),
    KEY idx_migration_url_queue (job_id, outcome, id),
    KEY idx_migration_url_site (site_id, url_hash, outcome),
    KEY idx_migration_url_content (site_id, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
