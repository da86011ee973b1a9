-- 预警: a column warned that it is about to go stale, once per deadline (a new item moves
-- the deadline, so the next one is warned again).
CREATE TABLE supervision_warning (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT       NOT NULL,
    column_id        BIGINT       NOT NULL,
    stale_on         DATE         NOT NULL,
    responsible_unit VARCHAR(200) NULL,
    warned_at        DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_supervision_warning (site_id, column_id, stale_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 月度考核: each site's score of a month by the rubric, with every deduction and its
-- evidence as JSON; recomputing a month replaces it.
CREATE TABLE supervision_score (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    month       CHAR(7)      NOT NULL,
    rubric      VARCHAR(40)  NOT NULL,
    total       INT          NOT NULL,
    passed      BOOLEAN      NOT NULL,
    vetoed      BOOLEAN      NOT NULL,
    computed_at DATETIME(3)  NOT NULL,
    detail      MEDIUMTEXT   NOT NULL,
    UNIQUE KEY uk_supervision_score_month (site_id, month),
    KEY idx_supervision_score_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
