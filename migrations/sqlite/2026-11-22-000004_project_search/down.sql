-- Reverts 2026-11-22-000004_project_search.
DROP TABLE IF EXISTS project_fts;
DROP TABLE IF EXISTS project_texts;
