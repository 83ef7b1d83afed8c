-- Exports read every co-financing of a batch of projects by project: an index holding the
-- source and year beside the project answers that without visiting the table's rows.
CREATE INDEX project_financings_project_year ON project_financings (project_id, year, source_id);
DROP INDEX project_financings_project;
