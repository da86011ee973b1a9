-- 共享: a registered resource is private to its site, granted to chosen sites, or shared platform-wide.
-- Rows belong to the owning site (site_id); grantees are looked up by grantee_site_id.
CREATE TABLE asset_grant (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    asset_id        BIGINT       NOT NULL,
    grantee_site_id BIGINT       NOT NULL,
    granted_by      VARCHAR(100) NOT NULL,
    granted_at      DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_asset_grant (asset_id, grantee_site_id),
    KEY idx_asset_grant_grantee (grantee_site_id, asset_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 全平台共享, decided by a platform admin.
CREATE TABLE asset_platform_share (
    asset_id  BIGINT       NOT NULL PRIMARY KEY,
    site_id   BIGINT       NOT NULL,
    shared_by VARCHAR(100) NOT NULL,
    shared_at DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every grant and revocation, kept for audit (never updated or deleted).
CREATE TABLE asset_share_audit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    asset_id        BIGINT       NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    grantee_site_id BIGINT       NULL,
    actor           VARCHAR(100) NOT NULL,
    at              DATETIME(3)  NOT NULL,
    KEY idx_asset_share_audit (site_id, asset_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
