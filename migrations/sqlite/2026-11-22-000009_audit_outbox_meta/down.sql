-- Reverts 2026-11-22-000009_audit_outbox_meta.
DROP TABLE IF EXISTS dataset_meta;
DROP TABLE IF EXISTS email_outbox;
DROP TABLE IF EXISTS audit_log;
