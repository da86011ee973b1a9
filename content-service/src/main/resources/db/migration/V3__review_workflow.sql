-- Review workflow (先审后发, 审发分离, 一事一审): approvals, major/sensitive flag, scheduled
-- publishing, stored pre-publish check results, the audit of every step and versions.
ALTER TABLE article
    ADD COLUMN major          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN approvals      INT         NOT NULL DEFAULT 0,
    ADD COLUMN first_approver VARCHAR(100) NULL,
    ADD COLUMN publish_at     DATETIME(3) NULL,
    ADD COLUMN version        INT         NOT NULL DEFAULT 1,
    ADD COLUMN check_blocking INT         NOT NULL DEFAULT 0,
    ADD COLUMN check_warnings INT         NOT NULL DEFAULT 0,
    ADD KEY idx_article_site_state (site_id, state, approvals),
    ADD KEY idx_article_publish_at (state, publish_at);

-- 一事一审: who did what to which article, in which role, with which opinion, when.
CREATE TABLE article_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    article_id  BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(30)   NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    from_state  VARCHAR(20)   NOT NULL,
    to_state    VARCHAR(20)   NOT NULL,
    opinion     VARCHAR(2000) NULL,
    created_at  DATETIME(3)   NOT NULL,
    KEY idx_article_review_article (site_id, article_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every save of an article, so reviewers can see what changed between two versions.
CREATE TABLE article_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    article_id  BIGINT       NOT NULL,
    version     INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        MEDIUMTEXT   NOT NULL,
    saved_by    VARCHAR(100) NOT NULL,
    saved_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_article_version (site_id, article_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The latest pre-publish check findings of each article (质检), replaced on every save.
CREATE TABLE article_check_finding (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    article_id  BIGINT        NOT NULL,
    field       VARCHAR(20)   NOT NULL,
    rule_id     VARCHAR(60)   NOT NULL,
    severity    VARCHAR(20)   NOT NULL,
    start_pos   INT           NOT NULL,
    end_pos     INT           NOT NULL,
    matched     VARCHAR(500)  NOT NULL,
    explanation VARCHAR(1000) NOT NULL,
    KEY idx_article_check_article (site_id, article_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
