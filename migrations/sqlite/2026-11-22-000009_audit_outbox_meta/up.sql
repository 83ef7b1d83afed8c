-- Audit log of every write, e-mail outbox (delivered by SMTP when configured, kept otherwise),
-- and key/value facts about the dataset (demo flag, seed, scale, load dates).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    user_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    changes TEXT,
    ip TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id);

CREATE TABLE email_outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at TIMESTAMP
);
CREATE INDEX email_outbox_pending ON email_outbox (sent_at, next_attempt_at);
CREATE INDEX email_outbox_to ON email_outbox (to_address);

CREATE TABLE dataset_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
