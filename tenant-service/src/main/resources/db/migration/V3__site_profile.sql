-- 网站身份与单位: what every page footer shows, and the people to call.
ALTER TABLE site
    ADD COLUMN sponsor_unit    VARCHAR(100) NULL COMMENT '主办单位',
    ADD COLUMN organizer_unit  VARCHAR(100) NULL COMMENT '承办单位',
    ADD COLUMN site_identifier CHAR(10)     NULL COMMENT '网站标识码',
    ADD COLUMN icp_record      VARCHAR(40)  NULL COMMENT 'ICP备案号',
    ADD COLUMN police_record   VARCHAR(40)  NULL COMMENT '公安机关备案号',
    ADD COLUMN party_gov_label TINYINT(1)   NOT NULL DEFAULT 0 COMMENT '党政机关网站标识',
    ADD COLUMN contacts        TEXT         NULL COMMENT 'JSON list of {name, phone, email}',
    ADD UNIQUE KEY uk_site_identifier (site_identifier);

-- 信息变更: every change of owner, contacts, domain or column structure, reported within
-- two days (seed 001 第九条(五)). Platform-owned like site_transition.
CREATE TABLE site_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    fields      VARCHAR(500)  NOT NULL,
    before_json TEXT          NOT NULL,
    after_json  TEXT          NOT NULL,
    changed_by  VARCHAR(255)  NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    report_due  DATETIME(3)   NOT NULL,
    reported_at DATETIME(3)   NULL,
    KEY idx_site_change_site (site_id, changed_at),
    KEY idx_site_change_due (reported_at, report_due),
    CONSTRAINT fk_site_change_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
