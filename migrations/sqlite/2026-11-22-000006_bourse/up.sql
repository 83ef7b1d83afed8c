-- Bourse projets: cooperation requests posted by foreign authorities seeking a French partner,
-- validated by the French embassy of their country. The requesting authority is described as it
-- declared itself; partner_id links it to a known partner authority once identified.
CREATE TABLE bourse_requests (
    id INTEGER PRIMARY KEY NOT NULL,
    authority_name TEXT NOT NULL,
    authority_kind TEXT NOT NULL CHECK (authority_kind IN ('municipalite', 'province', 'district',
        'groupement', 'autre')),
    country_code TEXT NOT NULL REFERENCES countries (code),
    city TEXT,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    partner_id INTEGER REFERENCES partners (id),
    contact_name TEXT NOT NULL,
    contact_title TEXT,
    contact_email TEXT NOT NULL,
    contact_phone TEXT,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    objectives TEXT,
    sought_partner TEXT,
    language TEXT,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'rejected', 'closed')),
    email_confirmed_at TIMESTAMP,
    rejection_reason TEXT,
    closed_reason TEXT CHECK (closed_reason IN ('matched', 'withdrawn')),
    matched_collectivite_id INTEGER REFERENCES collectivites (id),
    moderated_by INTEGER,
    moderated_at TIMESTAMP,
    published_at TIMESTAMP,
    closed_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX bourse_requests_country_status ON bourse_requests (country_code, status);
CREATE INDEX bourse_requests_status ON bourse_requests (status);

CREATE TABLE bourse_request_themes (
    request_id INTEGER NOT NULL REFERENCES bourse_requests (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (request_id, theme_id)
);
CREATE INDEX bourse_request_themes_theme ON bourse_request_themes (theme_id);
