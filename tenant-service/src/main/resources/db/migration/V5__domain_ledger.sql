-- 域名台账 (seed 001 第十一条): every registration, change and release of a site's
-- domains, kept by the data center. Append-only.
CREATE TABLE domain_ledger (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    domain      VARCHAR(253) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    note        VARCHAR(500) NULL,
    actor       VARCHAR(255) NOT NULL,
    occurred_at DATETIME(3)  NOT NULL,
    KEY idx_domain_ledger_site (site_id, occurred_at),
    KEY idx_domain_ledger_domain (domain),
    CONSTRAINT fk_domain_ledger_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sites opened before the ledger existed.
INSERT INTO domain_ledger (site_id, domain, kind, action, note, actor, occurred_at)
SELECT id, domain, 'ENGLISH', 'REGISTERED', 'recorded when the ledger was introduced', created_by, created_at FROM site;
