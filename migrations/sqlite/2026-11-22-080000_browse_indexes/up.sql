-- Covering indexes for the public figures and map layers: every level of the browse pages
-- counts active projects per kind, place, collectivité and partner. The projects table holds
-- long texts, so reading its rows to count them costs ten times more than reading these
-- indexes. One per way in: by country, by lead collectivité, by lead partner.
CREATE INDEX projects_facts_country ON projects (country_code, kind, status, collectivite_id, partner_id);
CREATE INDEX projects_facts_collectivite ON projects (collectivite_id, kind, status, country_code, partner_id);
CREATE INDEX projects_facts_partner ON projects (partner_id, kind, status, collectivite_id, country_code);
-- Collectivités by place and type (France access lists and the project filter's subqueries).
CREATE INDEX collectivites_place ON collectivites (region_code, departement_code, kind, id);
