//! The first list of financing sources a project's co-financing rows name.

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
