-- Local replica of the sites this service renders for, filled from SiteCreated events
-- (or fetched from tenant-service when an event lags). Keyed by the site's own id.
CREATE TABLE site_profile (
    site_id    BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(30)  NULL,
    parent_id  BIGINT       NULL,
    domain     VARCHAR(253) NULL,
    updated_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_site_profile_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 栏目: the columns of a site, a tree through parent_id.
CREATE TABLE site_column (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id    BIGINT      NOT NULL,
    parent_id  BIGINT      NULL,
    name       VARCHAR(30) NOT NULL,
    sort_order INT         NOT NULL DEFAULT 0,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    KEY idx_site_column_site (site_id, parent_id, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    column_id    BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    source       VARCHAR(100) NULL,
    state        VARCHAR(20)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    published_at DATETIME(3)  NULL,
    KEY idx_article_site_column (site_id, column_id, id),
    KEY idx_article_site_published (site_id, state, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current content of every file publishing wrote, so monitoring can detect tampering.
CREATE TABLE published_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    object_key   VARCHAR(500) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    published_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_published_file_key (site_id, object_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
