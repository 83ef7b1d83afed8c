-- Search: sorting projects by title whatever the accents, covering indexes for facet counts,
-- and the full-text index of the Bourse requests.

-- The title as a lower-case ASCII key (Rust `fold_key`), written with the project. Rows that
-- predate this migration get a case-folded approximation until they are rewritten.
ALTER TABLE projects ADD COLUMN title_folded TEXT NOT NULL DEFAULT '';
UPDATE projects SET title_folded = lower(title);
CREATE INDEX projects_title_folded ON projects (title_folded);
CREATE INDEX projects_start_year ON projects (start_year, end_year);
-- Facet counts group the filtered projects by these columns: one index covers them all, so
-- the table's long texts are never read for counting.
CREATE INDEX projects_facets ON projects (status, kind, country_code, collectivite_id,
    partner_id, start_year, end_year);
CREATE INDEX project_financings_source_project ON project_financings (source_id, year, project_id);

-- Full-text index of the Bourse requests, like project_texts: the write path stores each
-- request's searchable text with ligatures folded in code (œ → oe); FTS5 folds case and
-- accents; triggers keep the external-content table in step.
CREATE TABLE bourse_texts (
    request_id INTEGER PRIMARY KEY NOT NULL REFERENCES bourse_requests (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    places TEXT NOT NULL
);

CREATE VIRTUAL TABLE bourse_fts USING fts5 (
    title, body, places,
    content = 'bourse_texts',
    content_rowid = 'request_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

CREATE TRIGGER bourse_texts_ai AFTER INSERT ON bourse_texts BEGIN
    INSERT INTO bourse_fts (rowid, title, body, places)
    VALUES (new.request_id, new.title, new.body, new.places);
END;

CREATE TRIGGER bourse_texts_ad AFTER DELETE ON bourse_texts BEGIN
    INSERT INTO bourse_fts (bourse_fts, rowid, title, body, places)
    VALUES ('delete', old.request_id, old.title, old.body, old.places);
END;

CREATE TRIGGER bourse_texts_au AFTER UPDATE ON bourse_texts BEGIN
    INSERT INTO bourse_fts (bourse_fts, rowid, title, body, places)
    VALUES ('delete', old.request_id, old.title, old.body, old.places);
    INSERT INTO bourse_fts (rowid, title, body, places)
    VALUES (new.request_id, new.title, new.body, new.places);
END;

-- Requests that predate this migration: the same text the write path builds
-- (atlas_db::bourse_text), ligatures folded with replace().
INSERT INTO bourse_texts (request_id, title, body, places)
SELECT r.id,
    replace(replace(replace(replace(r.title, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
    replace(replace(replace(replace(
        r.description || char(10) || coalesce(r.objectives, '') || char(10)
        || coalesce(r.sought_partner, ''),
        'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
    replace(replace(replace(replace(
        r.authority_name || ' · ' || coalesce(r.city || ' · ', '') || c.name_fr,
        'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')
FROM bourse_requests r JOIN countries c ON c.code = r.country_code;
