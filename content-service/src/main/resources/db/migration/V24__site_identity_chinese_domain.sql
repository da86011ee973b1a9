-- 中文域名 (seed 001 第九条(二): "在底部功能区列明中文域名"): the footer lists the site's
-- Chinese domain, as tenant-service last reported it.
ALTER TABLE site_identity ADD COLUMN chinese_domain VARCHAR(253) NULL;
