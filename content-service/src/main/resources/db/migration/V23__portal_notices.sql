-- 网站公告: notices about sites pinned on a portal's home page (seed 001 第九条, 第十一条): a new
-- site's opening (at least 30 days), a temporary offline, a closing and where the content
-- went, a domain change (on the site itself and on the city portal). Kept from
-- tenant-service's lifecycle events. site_id is the site whose home shows the notice;
-- subject_site_id the site it is about. ends_at NULL: until an event ends it.
CREATE TABLE portal_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    subject_site_id BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    link            VARCHAR(500)  NULL,
    starts_at       DATETIME(3)   NOT NULL,
    ends_at         DATETIME(3)   NULL,
    end_shown       BOOLEAN       NOT NULL DEFAULT FALSE,
    source_event    VARCHAR(64)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    UNIQUE KEY uk_portal_notice_event (site_id, source_event, kind),
    KEY idx_portal_notice_site (site_id, ends_at),
    KEY idx_portal_notice_subject (subject_site_id, kind),
    KEY idx_portal_notice_ended (end_shown, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
