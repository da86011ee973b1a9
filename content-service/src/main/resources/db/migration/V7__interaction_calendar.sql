-- Interaction (政民互动), part 1: the platform's official calendar and the mailboxes.

-- 工作日历: a platform admin's edit of a year replaces the shipped file for that year
-- (platform-wide, no site_id).
CREATE TABLE holiday_calendar_year (
    year        INT          NOT NULL PRIMARY KEY,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE holiday_calendar_day (
    day   DATE        NOT NULL PRIMARY KEY,
    year  INT         NOT NULL,
    kind  VARCHAR(10) NOT NULL,
    name  VARCHAR(50) NOT NULL,
    KEY idx_holiday_calendar_day_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 信箱: 领导信箱, 咨询, 投诉, 举报 by default; each with its answer limit in working days.
CREATE TABLE mailbox (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    deadline_days  INT          NOT NULL DEFAULT 5,
    remind_days    INT          NOT NULL DEFAULT 1,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order     INT          NOT NULL DEFAULT 0,
    created_at     DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_mailbox_code (site_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 来信: what the citizen wrote (kept as written, never shown publicly as such), the work on
-- it, and the masked text that is published with the reply.
CREATE TABLE mailbox_message (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id             BIGINT        NOT NULL,
    mailbox_id          BIGINT        NOT NULL,
    tracking_code       VARCHAR(32)   NOT NULL,
    citizen_subject     VARCHAR(100)  NULL,
    writer_name         VARCHAR(50)   NULL,
    writer_phone        VARCHAR(30)   NULL,
    writer_email        VARCHAR(100)  NULL,
    title               VARCHAR(100)  NOT NULL,
    body                TEXT          NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    received_at         DATETIME(3)   NOT NULL,
    received_on         DATE          NOT NULL,
    due_on              DATE          NOT NULL,
    deadline_days       INT           NOT NULL,
    screening_hits      INT           NOT NULL DEFAULT 0,
    client_key          VARCHAR(64)   NULL,
    unit                VARCHAR(100)  NULL,
    reply               TEXT          NULL,
    replied_by          VARCHAR(100)  NULL,
    replied_at          DATETIME(3)   NULL,
    replied_on          DATE          NULL,
    answer_days         INT           NULL,
    public_title        VARCHAR(100)  NULL,
    public_body         TEXT          NULL,
    public_reply        TEXT          NULL,
    published_at        DATETIME(3)   NULL,
    closed_reason       VARCHAR(500)  NULL,
    reminded_at         DATETIME(3)   NULL,
    overdue_notified_at DATETIME(3)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uk_mailbox_message_code (tracking_code),
    KEY idx_mailbox_message_state (site_id, state, due_on),
    KEY idx_mailbox_message_received (site_id, received_on),
    KEY idx_mailbox_message_citizen (site_id, citizen_subject),
    KEY idx_mailbox_message_open (state, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step taken on a message: who, from which state to which, with what note.
CREATE TABLE mailbox_message_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    message_id  BIGINT        NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    from_state  VARCHAR(20)   NULL,
    to_state    VARCHAR(20)   NOT NULL,
    note        VARCHAR(2000) NULL,
    created_at  DATETIME(3)   NOT NULL,
    KEY idx_mailbox_message_step (site_id, message_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
