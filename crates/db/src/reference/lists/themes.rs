//! The first list of themes: code, names and, where one fits, the OECD DAC/CRS purpose code the
//! APD consolidation sent to the OECD reports a theme's spending under.

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
