-- 模板: the versions of each site's templates; a site without an ACTIVE version of a
-- template renders with the platform default shipped with the service.
CREATE TABLE site_template (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    name         VARCHAR(40)  NOT NULL,
    version      INT          NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    note         VARCHAR(200) NULL,
    replaces_id  BIGINT       NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    activated_at DATETIME(3)  NULL,
    UNIQUE KEY uk_site_template_version (site_id, name, version),
    KEY idx_site_template_state (site_id, state, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The site's identity as its pages' footer shows it, kept from tenant-service's
-- SiteUpdated events (contacts are a public 网站联系 line, never personal data).
CREATE TABLE site_identity (
    site_id         BIGINT       NOT NULL PRIMARY KEY,
    sponsor_unit    VARCHAR(100) NULL,
    organizer_unit  VARCHAR(100) NULL,
    site_identifier VARCHAR(10)  NULL,
    icp_record      VARCHAR(40)  NULL,
    police_record   VARCHAR(40)  NULL,
    party_gov_label TINYINT(1)   NOT NULL DEFAULT 0,
    updated_at      DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
