-- 资源库: every file a site uploaded, the bytes in object storage under a generated key.
CREATE TABLE asset (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT       NOT NULL,
    title             VARCHAR(100) NOT NULL,
    original_filename VARCHAR(255) NOT NULL,
    content_type      VARCHAR(150) NOT NULL,
    size              BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    object_key        VARCHAR(200) NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_asset_object_key (object_key),
    KEY idx_asset_site (site_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
