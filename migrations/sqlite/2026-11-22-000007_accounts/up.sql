-- Accounts: users with a role and a scope (collectivités, a country for an embassy, a région for
-- a préfecture), refresh tokens (rotating, revocable), one-time e-mailed tokens, and the
-- personal space (saved searches and maps, saved PDF extractions).
CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    job_title TEXT,
    phone TEXT,
    role TEXT NOT NULL CHECK (role IN ('collectivite', 'ambassade', 'prefecture', 'operateur', 'admin')),
    status TEXT NOT NULL CHECK (status IN ('pending_email', 'pending_validation', 'active', 'refused',
        'disabled')),
    country_code TEXT REFERENCES countries (code),
    region_code TEXT REFERENCES regions (code),
    requested_entity_kind TEXT,
    requested_entity_code TEXT,
    email_confirmed_at TIMESTAMP,
    validated_at TIMESTAMP,
    validated_by INTEGER REFERENCES users (id),
    refusal_reason TEXT,
    disabled_at TIMESTAMP,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX users_status ON users (status);

CREATE TABLE user_collectivites (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, collectivite_id)
);
CREATE INDEX user_collectivites_collectivite ON user_collectivites (collectivite_id);

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);

CREATE TABLE user_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm_email', 'reset_password')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX user_tokens_user ON user_tokens (user_id);

CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('search', 'map')),
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    map_view TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id);

CREATE TABLE saved_exports (
    id INTEGER PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'csv', 'xlsx', 'geojson', 'json')),
    content BLOB NOT NULL,
    byte_size BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX saved_exports_user ON saved_exports (user_id);
