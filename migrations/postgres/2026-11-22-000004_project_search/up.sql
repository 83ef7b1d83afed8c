-- Full-text index on projects. The write path stores the searchable text in project_texts,
-- with ligatures already folded in code (œ → oe); the generated tsvector folds accents with
-- unaccent (wrapped in an IMMUTABLE function so it can be indexed) and stems French words.
-- Title weighs more than body, places least. All three use the `french` configuration, the one
-- queries are parsed with, so a stemmed query word always meets the same stem in any column.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION atlas_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE project_texts (
    project_id INTEGER PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    places TEXT NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('french', atlas_unaccent(title)), 'A')
        || setweight(to_tsvector('french', atlas_unaccent(body)), 'B')
        || setweight(to_tsvector('french', atlas_unaccent(places)), 'C')
    ) STORED
);
CREATE INDEX project_texts_document ON project_texts USING GIN (document);
