//! The administrable reference lists, as first loaded: themes (with their OECD DAC/CRS purpose
//! code where one fits, for the APD consolidation sent to the OECD), financing sources, and
//! the associations and networks collectivités belong to (seed 004's directory).

use diesel::prelude::*;

use crate::models::{FinancingSourceRow, NetworkRow, ThemeRow};
use crate::schema::{financing_sources, networks, themes};

/// A theme of the first list: code, French name, English name, CRS purpose code.
pub struct ThemeDef {
    pub code: &'static str,
    pub name_fr: &'static str,
    pub name_en: &'static str,
    pub dac_code: Option<i32>,
}

const fn theme(
    code: &'static str,
    name_fr: &'static str,
    name_en: &'static str,
    dac_code: Option<i32>,
) -> ThemeDef {
    ThemeDef {
        code,
        name_fr,
        name_en,
        dac_code,
    }
}

/// CRS purpose codes from the OECD DAC list (2023 edition). Themes without a fitting code
/// (youth mobility, Francophonie) have none: their spending is reported under the project's
/// main sector instead.
pub const THEMES: [ThemeDef; 23] = [
    theme(
        "gouvernance-locale",
        "Gouvernance locale et appui institutionnel",
        "Local governance and institutional support",
        Some(15112),
    ),
    theme(
        "eau-assainissement",
        "Eau et assainissement",
        "Water and sanitation",
        Some(14030),
    ),
    theme(
        "agriculture-developpement-rural",
        "Agriculture et développement rural",
        "Agriculture and rural development",
        Some(31120),
    ),
    theme(
        "securite-alimentaire",
        "Sécurité alimentaire",
        "Food security",
        Some(43071),
    ),
    theme("sante", "Santé", "Health", Some(12220)),
    theme(
        "education-formation",
        "Éducation et formation professionnelle",
        "Education and vocational training",
        Some(11330),
    ),
    theme(
        "enseignement-superieur-recherche",
        "Enseignement supérieur et recherche",
        "Higher education and research",
        Some(11420),
    ),
    theme("culture", "Culture", "Culture", Some(16066)),
    theme(
        "patrimoine",
        "Patrimoine urbain et naturel",
        "Urban and natural heritage",
        Some(41040),
    ),
    theme(
        "developpement-economique",
        "Développement économique local",
        "Local economic development",
        Some(25010),
    ),
    theme("tourisme", "Tourisme", "Tourism", Some(33210)),
    theme(
        "urbanisme-amenagement",
        "Urbanisme et aménagement du territoire",
        "Urban planning and land management",
        Some(43030),
    ),
    theme(
        "environnement-biodiversite",
        "Environnement et biodiversité",
        "Environment and biodiversity",
        Some(41030),
    ),
    theme(
        "climat-energie",
        "Climat et énergie",
        "Climate and energy",
        Some(23110),
    ),
    theme(
        "gestion-dechets",
        "Gestion des déchets",
        "Waste management",
        Some(14050),
    ),
    theme("numerique", "Numérique", "Digital", Some(22040)),
    theme(
        "jeunesse-mobilite",
        "Jeunesse et mobilité",
        "Youth and mobility",
        None,
    ),
    theme("sport", "Sport", "Sport", Some(16065)),
    theme(
        "egalite-femmes-hommes",
        "Égalité femmes-hommes",
        "Gender equality",
        Some(15170),
    ),
    theme(
        "droits-humains-democratie",
        "Droits humains et démocratie locale",
        "Human rights and local democracy",
        Some(15160),
    ),
    theme(
        "cohesion-sociale",
        "Cohésion sociale",
        "Social cohesion",
        Some(16010),
    ),
    theme("francophonie", "Francophonie", "Francophonie", None),
    theme(
        "aide-humanitaire",
        "Aide humanitaire et urgence",
        "Humanitarian and emergency aid",
        Some(72010),
    ),
];

/// Financing sources: (code, short name, French name, English name).
pub const FINANCING_SOURCES: [(&str, &str, &str, &str); 10] = [
    (
        "mae-daect",
        "MAE/DAECT",
        "Ministère de l'Europe et des Affaires étrangères (MAE/DAECT)",
        "Ministry for Europe and Foreign Affairs (MAE/DAECT)",
    ),
    (
        "afd",
        "AFD",
        "Agence française de développement (AFD)",
        "French Development Agency (AFD)",
    ),
    ("ue", "UE", "Union européenne", "European Union"),
    (
        "agence-eau",
        "Agence de l'eau",
        "Agence de l'eau (loi Oudin-Santini, 1 % eau/assainissement)",
        "Water agency (Oudin-Santini law, 1% water/sanitation)",
    ),
    (
        "un-pour-cent-energie",
        "1 % énergie",
        "1 % énergie",
        "1% energy",
    ),
    (
        "un-pour-cent-dechets",
        "1 % déchets",
        "1 % déchets",
        "1% waste",
    ),
    (
        "fonds-propres",
        "Fonds propres",
        "Fonds propres de la collectivité",
        "The collectivité's own funds",
    ),
    (
        "autres-collectivites",
        "Autres collectivités",
        "Autres collectivités françaises",
        "Other French local authorities",
    ),
    (
        "partenaire-etranger",
        "Partenaire étranger",
        "Partenaire étranger",
        "Foreign partner",
    ),
    ("autre", "Autre", "Autre", "Other"),
];

/// Networks: (name, acronym, kind, website).
pub const NETWORKS: [(&str, Option<&str>, &str, Option<&str>); 33] = [
    (
        "Cités Unies France",
        Some("CUF"),
        "association_elus",
        Some("https://cites-unies-france.org"),
    ),
    (
        "Association française du Conseil des communes et régions d'Europe",
        Some("AFCCRE"),
        "association_elus",
        Some("https://www.afccre.org"),
    ),
    (
        "Régions de France",
        Some("ARF"),
        "association_elus",
        Some("https://regions-france.org"),
    ),
    (
        "Départements de France",
        Some("ADF"),
        "association_elus",
        Some("https://departements.fr"),
    ),
    (
        "Association des maires de France",
        Some("AMF"),
        "association_elus",
        Some("https://www.amf.asso.fr"),
    ),
    (
        "France urbaine",
        Some("AMGVF"),
        "association_elus",
        Some("https://franceurbaine.org"),
    ),
    (
        "Association internationale des maires francophones",
        Some("AIMF"),
        "reseau_international",
        Some("https://www.aimf.asso.fr"),
    ),
    (
        "Association internationale des régions francophones",
        Some("AIRF"),
        "reseau_international",
        Some("https://www.regions-francophones.org"),
    ),
    (
        "Cités et gouvernements locaux unis",
        Some("CGLU"),
        "reseau_international",
        Some("https://www.uclg.org"),
    ),
    (
        "Organisation des régions unies / Forum global d'associations de régions",
        Some("ORU-FOGAR"),
        "reseau_international",
        None,
    ),
    (
        "Plateforme européenne des autorités locales et régionales pour le développement",
        Some("PLATFORMA"),
        "reseau_international",
        Some("https://platforma-dev.eu"),
    ),
    (
        "Mission opérationnelle transfrontalière",
        Some("MOT"),
        "reseau_international",
        Some("https://www.espaces-transfrontaliers.eu"),
    ),
    (
        "Réseau des villes Euromed",
        None,
        "reseau_international",
        None,
    ),
    (
        "Association des villes européennes de culture",
        Some("AVEC"),
        "reseau_international",
        None,
    ),
    (
        "Programme Solidarité Eau",
        Some("pS-Eau"),
        "reseau_thematique",
        Some("https://www.pseau.org"),
    ),
    (
        "Fonds pour la promotion des études préalables, des études transversales et des évaluations",
        Some("F3E"),
        "reseau_thematique",
        Some("https://f3e.asso.fr"),
    ),
    (
        "Centre national de la fonction publique territoriale",
        Some("CNFPT"),
        "reseau_thematique",
        Some("https://www.cnfpt.fr"),
    ),
    (
        "Association des professionnels de l'action européenne et internationale des collectivités territoriales",
        Some("ARRICOD"),
        "reseau_thematique",
        Some("https://www.arricod.fr"),
    ),
    (
        "Sites & cités remarquables de France",
        Some("ANVPAH & VSSP"),
        "reseau_thematique",
        None,
    ),
    (
        "Partenariat français pour la ville et les territoires",
        Some("PFVT"),
        "reseau_thematique",
        None,
    ),
    (
        "Fédération nationale des agences d'urbanisme",
        Some("FNAU"),
        "reseau_thematique",
        Some("https://www.fnau.org"),
    ),
    (
        "Fédération des parcs naturels régionaux de France",
        None,
        "reseau_thematique",
        Some("https://www.parcs-naturels-regionaux.fr"),
    ),
    (
        "Villes Internet",
        None,
        "reseau_thematique",
        Some("https://www.villes-internet.net"),
    ),
    (
        "Institut régional de coopération-développement",
        Some("Ircod"),
        "reseau_regional",
        None,
    ),
    ("Cap Coopération", None, "reseau_regional", None),
    ("Cerapcoop", None, "reseau_regional", None),
    ("Horizons Solidaires", None, "reseau_regional", None),
    (
        "Bourgogne-Franche-Comté International",
        Some("BFC International"),
        "reseau_regional",
        None,
    ),
    (
        "Centraider",
        None,
        "reseau_regional",
        Some("https://www.centraider.org"),
    ),
    (
        "Lianes Coopération",
        None,
        "reseau_regional",
        Some("https://www.lianescooperation.org"),
    ),
    (
        "Territoires Solidaires",
        None,
        "reseau_regional",
        Some("https://www.territoires-solidaires.com"),
    ),
    (
        "Résacoop",
        None,
        "reseau_regional",
        Some("https://www.resacoop.org"),
    ),
    ("Occitanie Coopération", None, "reseau_regional", None),
];

fn theme_rows() -> Vec<ThemeRow> {
    THEMES
        .iter()
        .zip(1..)
        .map(|(t, id)| ThemeRow {
            id,
            code: t.code.to_owned(),
            name_fr: t.name_fr.to_owned(),
            name_en: t.name_en.to_owned(),
            dac_code: t.dac_code,
            position: id,
            active: true,
        })
        .collect()
}

fn source_rows() -> Vec<FinancingSourceRow> {
    FINANCING_SOURCES
        .iter()
        .zip(1..)
        .map(|((code, short, fr, en), id)| FinancingSourceRow {
            id,
            code: (*code).to_owned(),
            short_name: (*short).to_owned(),
            name_fr: (*fr).to_owned(),
            name_en: (*en).to_owned(),
            position: id,
            active: true,
        })
        .collect()
}

fn network_rows() -> Vec<NetworkRow> {
    NETWORKS
        .iter()
        .zip(1..)
        .map(|((name, acronym, kind, website), id)| NetworkRow {
            id,
            name: (*name).to_owned(),
            acronym: acronym.map(str::to_owned),
            kind: (*kind).to_owned(),
            website: website.map(str::to_owned),
            description: None,
        })
        .collect()
}

pub(super) trait InsertLists {
    fn insert_lists(&mut self) -> QueryResult<()>;
}

macro_rules! impl_insert_lists {
    ($conn:ty) => {
        impl InsertLists for $conn {
            fn insert_lists(&mut self) -> QueryResult<()> {
                let c = self;
                insert_batches!(c, themes::table, &theme_rows())?;
                insert_batches!(c, financing_sources::table, &source_rows())?;
                insert_batches!(c, networks::table, &network_rows())?;
                Ok(())
            }
        }
    };
}
impl_insert_lists!(diesel::SqliteConnection);
impl_insert_lists!(diesel::PgConnection);

pub(super) fn insert<C: InsertLists>(c: &mut C) -> QueryResult<()> {
    c.insert_lists()
}
