-- 渲染任务: every publishing run (one article, a withdrawal, a whole site, a restore),
-- with its progress, so a site republish is visible and resumable.
CREATE TABLE render_job (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    subject      VARCHAR(100) NULL,
    total        INT          NOT NULL DEFAULT 0,
    done         INT          NOT NULL DEFAULT 0,
    written      INT          NOT NULL DEFAULT 0,
    cursor_key   VARCHAR(500) NULL,
    error        VARCHAR(500) NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    started_at   DATETIME(3)  NULL,
    finished_at  DATETIME(3)  NULL,
    heartbeat_at DATETIME(3)  NULL,
    KEY idx_render_job_site (site_id, state, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which job last wrote each file, so a job's pages can be listed.
ALTER TABLE published_file ADD COLUMN job_id BIGINT NULL;

-- What the site's pages were last rendered from, so a change of the column tree
-- re-renders the site map (and the navigation when the top level changed).
CREATE TABLE site_render_state (
    site_id         BIGINT      NOT NULL PRIMARY KEY,
    tree_print      CHAR(64)    NOT NULL,
    nav_print       CHAR(64)    NOT NULL,
    updated_at      DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 篡改告警: a stored page that no longer matched its recorded hash, and its restoration.
CREATE TABLE tamper_alert (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    object_key      VARCHAR(500) NOT NULL,
    expected_sha256 CHAR(64)     NOT NULL,
    found_sha256    CHAR(64)     NULL,
    detected_at     DATETIME(3)  NOT NULL,
    restored_at     DATETIME(3)  NULL,
    KEY idx_tamper_alert_site (site_id, detected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
