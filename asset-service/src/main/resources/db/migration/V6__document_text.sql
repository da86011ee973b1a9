-- 文档全文: the text of a document resource (PDF, Word, Excel…) as Apache Tika reads it, for search.
-- Keyed by the bytes' SHA-256 like the stored object: the same file has the same text whichever
-- site holds it, so the table names no site (listed in govsite.tenant.shared-tables).
-- failure is set when the file could not be read; it is not tried again for the same bytes.
CREATE TABLE document_text (
    sha256       CHAR(64)     NOT NULL PRIMARY KEY,
    text         MEDIUMTEXT   NOT NULL,
    truncated    BOOLEAN      NOT NULL,
    failure      VARCHAR(500) NULL,
    extracted_at DATETIME     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
