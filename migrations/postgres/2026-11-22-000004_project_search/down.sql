-- Reverts 2026-11-22-000004_project_search.
DROP TABLE IF EXISTS project_texts;
DROP FUNCTION IF EXISTS atlas_unaccent(text);
