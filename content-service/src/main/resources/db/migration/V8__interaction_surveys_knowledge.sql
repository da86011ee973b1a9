-- Interaction (政民互动), part 2: surveys and opinion collections, and the knowledge base.

-- 网上调查 / 意见征集: open for a period; the feedback on what was collected is due within
-- one month after the close (feedback_due_on), with warnings recorded once each.
CREATE TABLE survey (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id               BIGINT        NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    title                 VARCHAR(100)  NOT NULL,
    description           TEXT          NULL,
    opens_at              DATETIME(3)   NOT NULL,
    closes_at             DATETIME(3)   NOT NULL,
    anonymous_allowed     BOOLEAN       NOT NULL DEFAULT TRUE,
    state                 VARCHAR(20)   NOT NULL,
    feedback_due_on       DATE          NOT NULL,
    feedback              TEXT          NULL,
    feedback_published_at DATETIME(3)   NULL,
    feedback_warned_at    DATETIME(3)   NULL,
    feedback_overdue_at   DATETIME(3)   NULL,
    created_by            VARCHAR(100)  NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    version               INT           NOT NULL DEFAULT 0,
    KEY idx_survey_site_state (site_id, state, closes_at),
    KEY idx_survey_feedback (state, feedback_due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_question (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id    BIGINT        NOT NULL,
    survey_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    text       VARCHAR(500)  NOT NULL,
    options    TEXT          NULL,
    required   BOOLEAN       NOT NULL DEFAULT TRUE,
    KEY idx_survey_question (site_id, survey_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One response per person and survey: the account's subject when signed in, the client
-- address otherwise.
CREATE TABLE survey_response (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    survey_id       BIGINT        NOT NULL,
    respondent_key  VARCHAR(120)  NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    UNIQUE KEY uk_survey_response (survey_id, respondent_key),
    KEY idx_survey_response_site (site_id, survey_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT  NOT NULL,
    survey_id     BIGINT  NOT NULL,
    response_id   BIGINT  NOT NULL,
    question_id   BIGINT  NOT NULL,
    option_index  INT     NULL,
    text          TEXT    NULL,
    KEY idx_survey_answer (site_id, survey_id, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 知识库: curated questions and answers by topic, often from answered messages; views and
-- "helpful" votes make popular entries rise.
CREATE TABLE knowledge_entry (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id            BIGINT        NOT NULL,
    topic              VARCHAR(50)   NOT NULL,
    question           VARCHAR(200)  NOT NULL,
    answer             TEXT          NOT NULL,
    source_message_id  BIGINT        NULL,
    archived           BOOLEAN       NOT NULL DEFAULT FALSE,
    views              INT           NOT NULL DEFAULT 0,
    helpful            INT           NOT NULL DEFAULT 0,
    created_by         VARCHAR(100)  NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    KEY idx_knowledge_topic (site_id, archived, topic),
    KEY idx_knowledge_source (site_id, source_message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
