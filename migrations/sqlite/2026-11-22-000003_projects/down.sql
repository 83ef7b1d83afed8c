-- Reverts 2026-11-22-000003_projects.
DROP TABLE IF EXISTS project_volunteers;
DROP TABLE IF EXISTS project_contacts;
DROP TABLE IF EXISTS project_partners;
DROP TABLE IF EXISTS project_collectivites;
DROP TABLE IF EXISTS project_financings;
DROP TABLE IF EXISTS project_themes;
DROP TABLE IF EXISTS projects;
DROP TABLE IF EXISTS financing_sources;
DROP TABLE IF EXISTS themes;
DROP TABLE IF EXISTS partnerships;
DROP TABLE IF EXISTS partners;
