-- 日监测: the result of each site's daily inspection, one row per site and day (a re-run
-- of the same day replaces it). The summary columns serve dashboards and time series; the
-- full report (columns, findings, veto items with their evidence) is kept as JSON.
CREATE TABLE supervision_inspection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT      NOT NULL,
    inspected_on     DATE        NOT NULL,
    inspected_at     DATETIME(3) NOT NULL,
    qualified        BOOLEAN     NOT NULL,
    veto_count       INT         NOT NULL,
    stale_columns    INT         NOT NULL,
    blank_columns    INT         NOT NULL,
    home_page_stale  BOOLEAN     NOT NULL,
    serious_findings INT         NOT NULL,
    report           MEDIUMTEXT  NOT NULL,
    UNIQUE KEY uk_supervision_inspection_day (site_id, inspected_on),
    KEY idx_supervision_inspection_on (inspected_on, qualified)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
