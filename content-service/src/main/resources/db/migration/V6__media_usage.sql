-- 资源引用: which library resources (asset-service ids) each article uses. The source of truth for
-- "where used"; every change is also sent as a MediaUsageChanged event, which asset-service mirrors
-- to refuse retiring a resource in use.
CREATE TABLE media_usage (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT      NOT NULL,
    article_id  BIGINT      NOT NULL,
    asset_id    BIGINT      NOT NULL,
    recorded_at DATETIME(3) NOT NULL,
    UNIQUE KEY uk_media_usage (site_id, article_id, asset_id),
    KEY idx_media_usage_asset (site_id, asset_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
