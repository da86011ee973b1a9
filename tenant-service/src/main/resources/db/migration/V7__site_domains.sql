-- 域名变更与中文域名 (seed 001 第九条(五), 第十条, 第十一条(四)(五)): a site's one Chinese
-- domain (kept in its Unicode form, resolved by its punycode form), an English domain change
-- announced in advance, and the former domain that redirects for 3 months after the switch.
ALTER TABLE site
    ADD COLUMN chinese_domain        VARCHAR(253) NULL,
    ADD COLUMN chinese_domain_ascii  VARCHAR(253) NULL,
    ADD COLUMN pending_domain        VARCHAR(253) NULL,
    ADD COLUMN pending_domain_on     DATE         NULL,
    ADD COLUMN pending_domain_reason VARCHAR(500) NULL,
    ADD COLUMN former_domain         VARCHAR(253) NULL,
    ADD COLUMN former_domain_until   DATE         NULL,
    ADD UNIQUE KEY uk_site_chinese_domain (chinese_domain_ascii),
    ADD UNIQUE KEY uk_site_pending_domain (pending_domain),
    ADD UNIQUE KEY uk_site_former_domain (former_domain),
    ADD KEY idx_site_pending_domain_on (pending_domain_on),
    ADD KEY idx_site_former_domain_until (former_domain_until);
