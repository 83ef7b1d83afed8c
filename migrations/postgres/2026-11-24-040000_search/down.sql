DROP TABLE bourse_texts;
DROP INDEX project_financings_source_project;
DROP INDEX projects_facets;
DROP INDEX projects_start_year;
DROP INDEX projects_title_folded;
ALTER TABLE projects DROP COLUMN title_folded;
DROP FUNCTION atlas_fold(text);
