-- Foreign partner authorities, partnerships (collectivité ↔ partner), administrable reference
-- lists (themes, financing sources) and projects (fiches-projets) with their details.
CREATE TABLE partners (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('municipalite', 'province', 'district', 'groupement', 'autre')),
    country_code TEXT NOT NULL REFERENCES countries (code),
    geonameid BIGINT,
    admin_area TEXT,
    lat DOUBLE,
    lon DOUBLE,
    website TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX partners_country ON partners (country_code);
CREATE INDEX partners_name_folded ON partners (name_folded);

CREATE TABLE partnerships (
    id INTEGER PRIMARY KEY NOT NULL,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    is_jumelage BOOLEAN NOT NULL DEFAULT 0,
    convention_date DATE,
    since_year INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (collectivite_id, partner_id)
);
CREATE INDEX partnerships_partner ON partnerships (partner_id);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    dac_code INTEGER,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE financing_sources (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cooperation_decentralisee', 'autre_action_exterieure')),
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id),
    partner_id INTEGER REFERENCES partners (id),
    country_code TEXT NOT NULL REFERENCES countries (code),
    title TEXT NOT NULL,
    objectives TEXT,
    description TEXT,
    history TEXT,
    context TEXT,
    start_year INTEGER,
    end_year INTEGER,
    status TEXT NOT NULL CHECK (status IN ('en_cours', 'termine', 'archive')),
    budget_cents BIGINT CHECK (budget_cents >= 0),
    lat DOUBLE,
    lon DOUBLE,
    archived_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
);
CREATE INDEX projects_country ON projects (country_code, kind);
CREATE INDEX projects_collectivite ON projects (collectivite_id);
CREATE INDEX projects_partner ON projects (partner_id);
CREATE INDEX projects_status ON projects (status);

CREATE TABLE project_themes (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (project_id, theme_id)
);
CREATE INDEX project_themes_theme ON project_themes (theme_id);

CREATE TABLE project_financings (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES financing_sources (id),
    year INTEGER NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX project_financings_project ON project_financings (project_id);
CREATE INDEX project_financings_source_year ON project_financings (source_id, year);

-- French co-participants besides the lead collectivité.
CREATE TABLE project_collectivites (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id),
    PRIMARY KEY (project_id, collectivite_id)
);
CREATE INDEX project_collectivites_collectivite ON project_collectivites (collectivite_id);

-- Foreign participants besides the lead partner.
CREATE TABLE project_partners (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    PRIMARY KEY (project_id, partner_id)
);
CREATE INDEX project_partners_partner ON project_partners (partner_id);

CREATE TABLE project_contacts (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('france', 'etranger')),
    name TEXT NOT NULL,
    title TEXT,
    organisation TEXT,
    email TEXT,
    phone TEXT
);
CREATE INDEX project_contacts_project ON project_contacts (project_id);

CREATE TABLE project_volunteers (
    id INTEGER PRIMARY KEY NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('vsi', 'service_civique', 'volontariat_reciprocite',
        'benevole', 'autre')),
    count INTEGER NOT NULL CHECK (count > 0),
    year INTEGER
);
CREATE INDEX project_volunteers_project ON project_volunteers (project_id);
