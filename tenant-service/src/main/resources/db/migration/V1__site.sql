-- 站点 — the platform's sites (tenants). Not tenant-owned: it is the list of tenants itself.
CREATE TABLE site (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(31)  NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    domain      VARCHAR(253) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    -- 1 for the city portal, NULL otherwise: the unique key allows only one city portal, even under races.
    city_portal TINYINT AS (IF(kind = 'CITY_PORTAL', 1, NULL)) STORED,
    UNIQUE KEY uk_site_code (code),
    UNIQUE KEY uk_site_domain (domain),
    UNIQUE KEY uk_site_city_portal (city_portal),
    KEY idx_site_parent (parent_id),
    CONSTRAINT fk_site_parent FOREIGN KEY (parent_id) REFERENCES site (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
