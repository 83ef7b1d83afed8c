-- French collectivités present in the Atlas, their contacts (élus and cadres in charge of
-- international relations), and the associations / networks they belong to.
CREATE TABLE collectivites (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('region', 'departement', 'collectivite_statut_particulier',
        'metropole', 'communaute_urbaine', 'communaute_agglomeration', 'communaute_communes',
        'syndicat', 'commune')),
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    siren TEXT UNIQUE,
    insee_code TEXT,
    region_code TEXT REFERENCES regions (code),
    departement_code TEXT REFERENCES departements (code),
    population BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    address TEXT,
    postal_code TEXT,
    city TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    last_validated_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX collectivites_region ON collectivites (region_code);
CREATE INDEX collectivites_departement ON collectivites (departement_code);
CREATE INDEX collectivites_kind ON collectivites (kind);
CREATE INDEX collectivites_name_folded ON collectivites (name_folded);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY NOT NULL,
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('elu', 'cadre')),
    civility TEXT CHECK (civility IN ('M.', 'Mme')),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    title TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX contacts_collectivite ON contacts (collectivite_id);

CREATE TABLE networks (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    acronym TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('association_elus', 'reseau_regional', 'reseau_international',
        'reseau_thematique')),
    website TEXT,
    description TEXT
);

CREATE TABLE network_memberships (
    collectivite_id INTEGER NOT NULL REFERENCES collectivites (id) ON DELETE CASCADE,
    network_id INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    PRIMARY KEY (collectivite_id, network_id)
);
CREATE INDEX network_memberships_network ON network_memberships (network_id);
