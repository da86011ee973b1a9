-- 引用记录: where each resource is used, mirrored from content-service's MediaUsageChanged events.
-- site_id is the site whose content uses the resource (not necessarily its owner).
CREATE TABLE asset_usage (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT      NOT NULL,
    asset_id    BIGINT      NOT NULL,
    article_id  BIGINT      NOT NULL,
    recorded_at DATETIME(3) NOT NULL,
    UNIQUE KEY uk_asset_usage (site_id, article_id, asset_id),
    KEY idx_asset_usage_asset (asset_id, site_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
