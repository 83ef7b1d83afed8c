-- Reference geography: continents → sub-continents → countries; régions → départements →
-- communes (COG), EPCI, foreign cities (GeoNames). Loaded from data/ on first start.
CREATE TABLE continents (
    code TEXT PRIMARY KEY NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE subcontinents (
    code TEXT PRIMARY KEY NOT NULL,
    continent_code TEXT NOT NULL REFERENCES continents (code),
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
);
CREATE INDEX subcontinents_continent ON subcontinents (continent_code);

CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL,
    iso3 TEXT NOT NULL,
    numeric_code TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    continent_code TEXT NOT NULL REFERENCES continents (code),
    subcontinent_code TEXT NOT NULL REFERENCES subcontinents (code),
    lat DOUBLE,
    lon DOUBLE
);
CREATE INDEX countries_continent ON countries (continent_code);
CREATE INDEX countries_subcontinent ON countries (subcontinent_code);

CREATE TABLE regions (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    siren TEXT,
    chef_lieu_insee TEXT NOT NULL,
    lat DOUBLE,
    lon DOUBLE
);

CREATE TABLE departements (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions (code),
    siren TEXT,
    chef_lieu_insee TEXT NOT NULL,
    lat DOUBLE,
    lon DOUBLE
);
CREATE INDEX departements_region ON departements (region_code);

-- Overseas collectivités (COM) have département codes 975-989 that are not départements:
-- no foreign key on departement_code.
CREATE TABLE communes (
    insee TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    siren TEXT,
    departement_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    population BIGINT,
    lat DOUBLE,
    lon DOUBLE
);
CREATE INDEX communes_departement ON communes (departement_code);
CREATE INDEX communes_siren ON communes (siren);
CREATE INDEX communes_name_folded ON communes (name_folded);

CREATE TABLE epcis (
    siren TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('CC', 'CA', 'CU', 'METRO', 'MET69')),
    population BIGINT,
    member_count INTEGER,
    departement_code TEXT REFERENCES departements (code),
    region_code TEXT REFERENCES regions (code),
    lat DOUBLE,
    lon DOUBLE
);
CREATE INDEX epcis_departement ON epcis (departement_code);
CREATE INDEX epcis_name_folded ON epcis (name_folded);

CREATE TABLE cities (
    geonameid BIGINT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    country_code TEXT NOT NULL REFERENCES countries (code),
    population BIGINT,
    lat DOUBLE NOT NULL,
    lon DOUBLE NOT NULL
);
CREATE INDEX cities_country ON cities (country_code, population);
CREATE INDEX cities_name_folded ON cities (name_folded);
