-- Public development aid (APD): one declaration per collectivité and year (e-APD), with lines
-- by type, country and theme. A zero declaration has no line and is_zero set.
CREATE TABLE apd_declarations (
    id INTEGER PRIMARY KEY NOT NULL,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    is_zero BOOLEAN NOT NULL DEFAULT 0,
    submitted_at TIMESTAMP,
    submitted_by INTEGER,
    reopened_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (collectivite_id, year)
);
CREATE INDEX apd_declarations_year ON apd_declarations (year, status);

CREATE TABLE apd_lines (
    id INTEGER PRIMARY KEY NOT NULL,
    declaration_id INTEGER NOT NULL REFERENCES apd_declarations (id) ON DELETE CASCADE,
    line_type TEXT NOT NULL CHECK (line_type IN ('projets_cooperation', 'aide_humanitaire',
        'subventions_ong', 'contributions_multilaterales')),
    country_code TEXT REFERENCES countries (code),
    theme_id INTEGER REFERENCES themes (id),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    description TEXT
);
CREATE INDEX apd_lines_declaration ON apd_lines (declaration_id);
CREATE INDEX apd_lines_country ON apd_lines (country_code);
