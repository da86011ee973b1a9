-- 审计日志 becomes tamper-evident and append-only in the database itself (GB/T 22239 level 3):
-- each entry carries the SHA-256 of the one before it, and triggers refuse UPDATE and DELETE
-- whoever issues them. Entries written before this migration have no hash and are reported as
-- unchained by the verification.
ALTER TABLE audit_log
    ADD COLUMN prev_hash  CHAR(64) NULL,
    ADD COLUMN entry_hash CHAR(64) NULL;

-- The chain's head: appends lock this one row, so two concurrent appends never fork the chain.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_hash CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: UPDATE refused';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only: DELETE refused';
