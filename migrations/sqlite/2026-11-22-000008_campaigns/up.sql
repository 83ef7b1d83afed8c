-- Yearly update campaigns and, per collectivité, where its update procedure stands
-- (not started → in progress with a server-side draft → validated with a PDF summary).
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL UNIQUE,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    created_by INTEGER REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (closes_on >= opens_on)
);

CREATE TABLE campaign_entries (
    id INTEGER PRIMARY KEY NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'validated')),
    current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 8),
    draft TEXT,
    started_at TIMESTAMP,
    validated_at TIMESTAMP,
    validated_by INTEGER REFERENCES users (id),
    summary_pdf BLOB,
    last_reminded_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (campaign_id, collectivite_id)
);
CREATE INDEX campaign_entries_collectivite ON campaign_entries (collectivite_id);
