-- 检查报告: background runs that build the monthly, quarterly and yearly supervision
-- reports, with their progress; a run moves QUEUED -> RUNNING -> DONE or FAILED.
CREATE TABLE supervision_report_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope       VARCHAR(10)  NOT NULL,
    site_id     BIGINT       NULL,
    period      VARCHAR(7)   NOT NULL,
    state       VARCHAR(10)  NOT NULL,
    total       INT          NOT NULL DEFAULT 0,
    done        INT          NOT NULL DEFAULT 0,
    error       VARCHAR(500) NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    started_at  DATETIME(3)  NULL,
    finished_at DATETIME(3)  NULL,
    KEY idx_supervision_report_run (period, scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reports themselves as JSON, the newest per scope, site and period (a later run
-- replaces it). The platform report has site_id 0.
CREATE TABLE supervision_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    scope        VARCHAR(10)  NOT NULL,
    site_id      BIGINT       NOT NULL,
    period       VARCHAR(7)   NOT NULL,
    run_id       BIGINT       NOT NULL,
    generated_at DATETIME(3)  NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    UNIQUE KEY uk_supervision_report (scope, site_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
