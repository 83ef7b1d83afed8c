//! Sentences that do not depend on a theme: what any project sheet may say, and what a Bourse
//! request's authority seeks.

/// Sentences true of any project.
pub const GENERIC_SENTENCES: [&str; 6] = [
    "Le projet associe les services techniques de {c} et de {p}.",
    "Des missions d'échange sont organisées chaque année dans les deux territoires.",
    "Un comité de pilotage conjoint se réunit deux fois par an.",
    "Les associations et les habitants sont étroitement associés à la mise en œuvre.",
    "Une évaluation à mi-parcours a permis d'ajuster les actions.",
    "Les résultats sont présentés chaque année devant les deux assemblées délibérantes.",
];

/// Bourse request: what the authority seeks.
pub const SOUGHT_PARTNERS: [&str; 5] = [
    "Une commune ou une intercommunalité française disposant d'une expertise dans ce domaine.",
    "Une collectivité française de taille comparable, pour un partenariat durable.",
    "Un département ou une région française souhaitant s'engager en {pays}.",
    "Une collectivité disposant de services techniques capables d'accueillir nos agents.",
    "Toute collectivité française intéressée par un échange d'expériences.",
];
