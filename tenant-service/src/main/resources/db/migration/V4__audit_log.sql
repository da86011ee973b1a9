-- 审计日志: every administrative call of tenant-service, refused ones included. The code
-- only inserts and reads; nothing updates or deletes a row.
CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor       VARCHAR(255) NOT NULL,
    site_code   VARCHAR(31)  NULL,
    action      VARCHAR(120) NOT NULL,
    target      VARCHAR(500) NOT NULL,
    outcome     SMALLINT     NOT NULL,
    client_ip   VARCHAR(45)  NULL,
    request_id  VARCHAR(64)  NULL,
    occurred_at DATETIME(3)  NOT NULL,
    KEY idx_audit_site (site_code, occurred_at),
    KEY idx_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
