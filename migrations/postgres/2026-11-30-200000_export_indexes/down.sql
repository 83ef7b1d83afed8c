CREATE INDEX project_financings_project ON project_financings (project_id);
DROP INDEX project_financings_project_year;
