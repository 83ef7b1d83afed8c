-- Search: sorting projects by title whatever the accents, covering indexes for facet counts,
-- and the full-text index of the Bourse requests.

-- Lower case without accents (the SQLite connection registers the same function in Rust):
-- type-ahead over the small reference lists.
CREATE OR REPLACE FUNCTION atlas_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(atlas_unaccent($1)) $$;

-- The title as a lower-case ASCII key (Rust `fold_key`), written with the project.
ALTER TABLE projects ADD COLUMN title_folded TEXT NOT NULL DEFAULT '';
UPDATE projects SET title_folded = atlas_fold(title);
CREATE INDEX projects_title_folded ON projects (title_folded);
CREATE INDEX projects_start_year ON projects (start_year, end_year);
-- Facet counts group the filtered projects by these columns: one index covers them all.
CREATE INDEX projects_facets ON projects (status, kind, country_code, collectivite_id,
    partner_id, start_year, end_year);
CREATE INDEX project_financings_source_project ON project_financings (source_id, year, project_id);

-- Full-text index of the Bourse requests, like project_texts: the write path stores each
-- request's searchable text with ligatures folded in code; the generated tsvector folds
-- accents and stems French words.
CREATE TABLE bourse_texts (
    request_id INTEGER PRIMARY KEY NOT NULL REFERENCES bourse_requests (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    places TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('french', atlas_unaccent(title)), 'A')
        || setweight(to_tsvector('french', atlas_unaccent(body)), 'B')
        || setweight(to_tsvector('french', atlas_unaccent(places)), 'C')
    ) STORED
);
CREATE INDEX bourse_texts_document ON bourse_texts USING GIN (document);

-- Requests that predate this migration: the same text the write path builds
-- (atlas_db::bourse_text), ligatures folded with replace().
INSERT INTO bourse_texts (request_id, title, body, places)
SELECT r.id,
    replace(replace(replace(replace(r.title, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
    replace(replace(replace(replace(
        r.description || chr(10) || coalesce(r.objectives, '') || chr(10)
        || coalesce(r.sought_partner, ''),
        'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
    replace(replace(replace(replace(
        r.authority_name || ' · ' || coalesce(r.city || ' · ', '') || c.name_fr,
        'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')
FROM bourse_requests r JOIN countries c ON c.code = r.country_code;
