-- 批量导入: an upload of structured items (CSV, JSON, XLSX) into one column, validated
-- whole before anything is written, then written in batches in the background; a run
-- moves QUEUED -> RUNNING -> DONE or FAILED. The import key makes a re-sent file return
-- the first run instead of importing it twice.
CREATE TABLE bulk_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    column_id    BIGINT       NOT NULL,
    import_key   VARCHAR(100) NOT NULL,
    format       VARCHAR(10)  NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    total        INT          NOT NULL DEFAULT 0,
    done         INT          NOT NULL DEFAULT 0,
    published    INT          NOT NULL DEFAULT 0,
    queued       INT          NOT NULL DEFAULT 0,
    error        VARCHAR(500) NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    started_at   DATETIME(3)  NULL,
    finished_at  DATETIME(3)  NULL,
    heartbeat_at DATETIME(3)  NULL,
    UNIQUE KEY uk_bulk_import_key (site_id, import_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The validated rows of an import waiting to be written, as JSON, so the background run
-- reads them from the database rather than from a request that has ended.
CREATE TABLE bulk_import_row (
    import_id BIGINT     NOT NULL,
    row_no    INT        NOT NULL,
    body      MEDIUMTEXT NOT NULL,
    PRIMARY KEY (import_id, row_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 数据接口 / 网上抓取: a column fed from RSS/Atom, a JSON feed or a scraped page list.
-- settings holds the kind's field paths or CSS selectors as JSON.
CREATE TABLE column_feed (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT        NOT NULL,
    column_id        BIGINT        NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    url              VARCHAR(1000) NOT NULL,
    settings         TEXT          NULL,
    interval_minutes INT           NOT NULL,
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    next_poll_at     DATETIME(3)   NOT NULL,
    last_polled_at   DATETIME(3)   NULL,
    last_ok_at       DATETIME(3)   NULL,
    last_error       VARCHAR(1000) NULL,
    failures         INT           NOT NULL DEFAULT 0,
    items_taken      INT           NOT NULL DEFAULT 0,
    KEY idx_column_feed_site (site_id, column_id),
    KEY idx_column_feed_due (enabled, next_poll_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a feed already delivered, by guid/link and by content hash: a later poll skips it.
CREATE TABLE column_feed_entry (
    feed_id    BIGINT      NOT NULL,
    entry_key  CHAR(64)    NOT NULL,
    article_id BIGINT      NULL,
    taken_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
