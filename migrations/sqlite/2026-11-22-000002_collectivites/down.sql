-- Reverts 2026-11-22-000002_collectivites.
DROP TABLE IF EXISTS network_memberships;
DROP TABLE IF EXISTS networks;
DROP TABLE IF EXISTS contacts;
DROP TABLE IF EXISTS collectivites;
