DROP INDEX collectivites_place;
DROP INDEX projects_facts_partner;
DROP INDEX projects_facts_collectivite;
DROP INDEX projects_facts_country;
