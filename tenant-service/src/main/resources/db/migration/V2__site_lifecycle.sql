-- 站点生命周期: what the public sees of a site's state, and the audited history of its moves.
ALTER TABLE site
    ADD COLUMN notice             VARCHAR(2000) NULL,
    ADD COLUMN offline_until      DATE          NULL,
    ADD COLUMN migration_target   VARCHAR(2000) NULL,
    ADD COLUMN status_changed_at  DATETIME(3)   NULL,
    ADD COLUMN domain_released_at DATETIME(3)   NULL;

-- One row per transition, never updated or deleted. Platform-owned (the record about a
-- tenant, kept by the operator), hence a shared table filtered by site_id explicitly.
CREATE TABLE site_transition (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT        NOT NULL,
    action           VARCHAR(30)   NOT NULL,
    from_status      VARCHAR(20)   NOT NULL,
    to_status        VARCHAR(20)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    notice           VARCHAR(2000) NULL,
    until_date       DATE          NULL,
    migration_target VARCHAR(2000) NULL,
    column_targets   TEXT          NULL,
    attachment       VARCHAR(500)  NULL,
    report_required  TINYINT(1)    NOT NULL DEFAULT 0,
    notice_until     DATETIME(3)   NULL,
    actor            VARCHAR(255)  NOT NULL,
    occurred_at      DATETIME(3)   NOT NULL,
    KEY idx_site_transition_site (site_id, occurred_at),
    CONSTRAINT fk_site_transition_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
