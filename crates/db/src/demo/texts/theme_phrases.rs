//! The phrase bank of each theme: titles, objectives and description sentences of the demo's
//! project sheets and Bourse requests, with `{c}`, `{p}` and `{pays}` placeholders.

use super::ThemeText;

const fn t(
    code: &'static str,
    titles: &'static [&'static str],
    objectives: &'static [&'static str],
    sentences: &'static [&'static str],
) -> ThemeText {
    ThemeText {
        code,
        titles,
        objectives,
        sentences,
    }
}

/// Every theme's bank, one per theme of `reference::THEMES`.
pub const THEME_TEXTS: [ThemeText; 23] = [
    t(
        "gouvernance-locale",
        &[
            "Appui à la maîtrise d'ouvrage communale de {p}",
            "Renforcement des capacités des services municipaux de {p}",
            "Appui à l'état civil et à la fiscalité locale à {p}",
        ],
        &[
            "renforcer les compétences des élus et des agents de {p}",
            "améliorer la mobilisation des ressources fiscales locales",
            "moderniser l'état civil",
        ],
        &[
            "Des agents de {c} accompagnent leurs homologues de {p} dans la préparation du budget communal.",
            "Un plan de formation des agents territoriaux a été élaboré conjointement.",
            "La décentralisation en {pays} confie de nouvelles compétences aux collectivités, qu'il faut accompagner.",
        ],
    ),
    t(
        "eau-assainissement",
        &[
            "Accès à l'eau potable dans les quartiers de {p}",
            "Construction de forages et de latrines scolaires à {p}",
            "Gestion durable du service de l'eau à {p}",
        ],
        &[
            "améliorer l'accès à l'eau potable des habitants",
            "structurer un service public de l'eau et de l'assainissement",
            "sensibiliser les familles à l'hygiène",
        ],
        &[
            "Le projet finance la réhabilitation de points d'eau et la création d'un comité de gestion.",
            "Une part du budget de l'eau de {c} est mobilisée au titre de la loi Oudin-Santini.",
            "Les ouvrages sont confiés à des délégataires locaux formés à la maintenance.",
        ],
    ),
    t(
        "agriculture-developpement-rural",
        &[
            "Appui aux filières agricoles de {p}",
            "Maraîchage et irrigation goutte-à-goutte à {p}",
            "Structuration des coopératives agricoles de {p}",
        ],
        &[
            "augmenter les revenus des producteurs",
            "diffuser des techniques agroécologiques",
            "structurer les filières locales",
        ],
        &[
            "Des agriculteurs de {c} partagent leurs pratiques avec les producteurs de {p}.",
            "Un périmètre maraîcher irrigué a été aménagé avec les groupements de femmes.",
            "La commercialisation passe par un marché hebdomadaire rénové.",
        ],
    ),
    t(
        "securite-alimentaire",
        &[
            "Banques de céréales et sécurité alimentaire à {p}",
            "Lutte contre la malnutrition infantile à {p}",
        ],
        &[
            "constituer des stocks de soudure",
            "réduire la malnutrition des enfants de moins de cinq ans",
        ],
        &[
            "Des banques de céréales villageoises sont gérées par des comités élus.",
            "Le suivi nutritionnel est assuré avec les centres de santé communautaires.",
        ],
    ),
    t(
        "sante",
        &[
            "Équipement du centre de santé de {p}",
            "Santé maternelle et infantile à {p}",
            "Prévention et promotion de la santé à {p}",
        ],
        &[
            "améliorer l'accueil des patients",
            "réduire la mortalité maternelle",
            "former les agents de santé communautaires",
        ],
        &[
            "Le centre hospitalier de {c} apporte son expertise et du matériel médical.",
            "Des campagnes de vaccination et de prévention sont organisées chaque année.",
            "Une maternité rurale a été construite et équipée.",
        ],
    ),
    t(
        "education-formation",
        &[
            "Construction et équipement d'écoles à {p}",
            "Formation professionnelle des jeunes de {p}",
            "Échanges scolaires entre {c} et {p}",
        ],
        &[
            "améliorer les conditions d'apprentissage",
            "favoriser l'insertion professionnelle des jeunes",
            "développer les échanges entre établissements",
        ],
        &[
            "Des salles de classe et des bibliothèques scolaires ont été équipées.",
            "Un centre de formation aux métiers du bâtiment accueille chaque année de nouveaux apprentis.",
            "Des classes des deux villes correspondent et se rendent visite.",
        ],
    ),
    t(
        "enseignement-superieur-recherche",
        &[
            "Coopération universitaire entre {c} et {p}",
            "Programme de recherche partagé entre {c} et {p}",
        ],
        &[
            "favoriser la mobilité des étudiants et des chercheurs",
            "développer des diplômes conjoints",
        ],
        &[
            "Les universités des deux territoires ont signé une convention d'échange.",
            "Des bourses de mobilité sont cofinancées par les deux collectivités.",
        ],
    ),
    t(
        "culture",
        &[
            "Échanges culturels et artistiques entre {c} et {p}",
            "Saison culturelle croisée {c} – {p}",
            "Résidences d'artistes entre {c} et {p}",
        ],
        &[
            "faire connaître la création artistique de chaque territoire",
            "soutenir les artistes et les lieux culturels",
            "rapprocher les habitants",
        ],
        &[
            "Des musiciens et des plasticiens sont accueillis en résidence dans chaque ville.",
            "Un festival présente chaque année la culture de {pays} à {c}.",
            "Les médiathèques des deux villes échangent fonds et savoir-faire.",
        ],
    ),
    t(
        "patrimoine",
        &[
            "Sauvegarde et valorisation du patrimoine bâti de {p}",
            "Inventaire du patrimoine urbain de {p}",
            "Réhabilitation du centre historique de {p}",
        ],
        &[
            "préserver le patrimoine architectural",
            "former les artisans aux techniques traditionnelles",
            "valoriser le patrimoine pour le tourisme",
        ],
        &[
            "Les architectes du patrimoine de {c} accompagnent la réhabilitation du centre ancien de {p}.",
            "Un inventaire du patrimoine urbain et naturel a été réalisé avec l'université locale.",
            "Des chantiers-écoles forment des artisans aux techniques de restauration.",
        ],
    ),
    t(
        "developpement-economique",
        &[
            "Appui à l'entrepreneuriat local à {p}",
            "Échanges économiques entre {c} et {p}",
            "Soutien aux petites entreprises de {p}",
        ],
        &[
            "soutenir la création d'entreprises",
            "développer les échanges économiques",
            "favoriser l'accès au microcrédit",
        ],
        &[
            "Des missions d'entreprises sont organisées avec les chambres consulaires.",
            "Un fonds de microcrédit soutient les petites entreprises locales.",
            "Une pépinière d'entreprises a ouvert ses portes.",
        ],
    ),
    t(
        "tourisme",
        &[
            "Développement d'un tourisme durable à {p}",
            "Promotion touristique croisée {c} – {p}",
        ],
        &[
            "développer un tourisme respectueux des populations",
            "former les acteurs du tourisme",
        ],
        &[
            "Des circuits de découverte sont conçus avec les habitants.",
            "Les offices de tourisme des deux villes échangent leurs pratiques.",
        ],
    ),
    t(
        "urbanisme-amenagement",
        &[
            "Appui à la planification urbaine de {p}",
            "Schéma d'aménagement du territoire de {p}",
            "Aménagement des espaces publics de {p}",
        ],
        &[
            "doter la ville d'outils de planification",
            "maîtriser l'étalement urbain",
            "améliorer les espaces publics",
        ],
        &[
            "L'agence d'urbanisme de {c} accompagne l'élaboration du plan d'urbanisme de {p}.",
            "Un système d'information géographique a été mis en place.",
            "Des places et des marchés ont été réaménagés avec les riverains.",
        ],
    ),
    t(
        "environnement-biodiversite",
        &[
            "Protection des espaces naturels de {p}",
            "Préservation de la biodiversité à {p}",
        ],
        &[
            "protéger les milieux naturels",
            "sensibiliser les habitants à l'environnement",
        ],
        &[
            "Un plan de gestion des espaces naturels a été élaboré avec les associations locales.",
            "Des actions de reboisement mobilisent les écoles.",
        ],
    ),
    t(
        "climat-energie",
        &[
            "Électrification solaire des équipements publics de {p}",
            "Plan climat territorial de {p}",
            "Efficacité énergétique des bâtiments de {p}",
        ],
        &[
            "développer les énergies renouvelables",
            "réduire les émissions de gaz à effet de serre",
            "adapter le territoire au changement climatique",
        ],
        &[
            "Des centres de santé et des écoles ont été équipés de panneaux solaires.",
            "Le dispositif du 1 % énergie permet de mobiliser le distributeur d'électricité.",
            "Un diagnostic énergétique du patrimoine communal a été réalisé.",
        ],
    ),
    t(
        "gestion-dechets",
        &[
            "Collecte et valorisation des déchets ménagers à {p}",
            "Plan de gestion des déchets de {p}",
        ],
        &[
            "organiser la précollecte des déchets",
            "valoriser les déchets organiques",
        ],
        &[
            "Des groupements d'intérêt économique assurent la précollecte dans les quartiers.",
            "Une plateforme de compostage a été aménagée grâce au 1 % déchets.",
        ],
    ),
    t(
        "numerique",
        &[
            "Administration numérique et ouverture des données à {p}",
            "Espaces publics numériques à {p}",
        ],
        &[
            "moderniser les services publics locaux",
            "réduire la fracture numérique",
        ],
        &[
            "Un logiciel de gestion de l'état civil a été déployé.",
            "Des espaces publics numériques accueillent les jeunes.",
        ],
    ),
    t(
        "jeunesse-mobilite",
        &[
            "Échanges de jeunes entre {c} et {p}",
            "Chantiers internationaux de jeunes à {p}",
            "Jumelage {c} – {p} : rencontres de jeunes",
        ],
        &[
            "favoriser la mobilité internationale des jeunes",
            "encourager l'engagement citoyen",
            "faire découvrir une autre culture",
        ],
        &[
            "Chaque été, des jeunes des deux villes participent à un chantier commun.",
            "Des volontaires en service civique sont accueillis de part et d'autre.",
            "Les comités de jumelage organisent les séjours en familles.",
        ],
    ),
    t(
        "sport",
        &[
            "Rencontres sportives entre {c} et {p}",
            "Tournoi de l'amitié {c} – {p}",
        ],
        &[
            "développer les échanges entre clubs",
            "promouvoir le sport pour tous",
        ],
        &[
            "Des clubs de football, de rugby et d'athlétisme se rencontrent chaque année.",
            "Un tournoi réunit les équipes de jeunes des deux villes.",
        ],
    ),
    t(
        "egalite-femmes-hommes",
        &[
            "Autonomisation économique des femmes de {p}",
            "Égalité femmes-hommes dans la gouvernance de {p}",
        ],
        &[
            "renforcer l'autonomie économique des femmes",
            "favoriser la participation des femmes aux instances locales",
        ],
        &[
            "Des groupements féminins sont accompagnés dans la transformation des produits agricoles.",
            "Des formations au leadership sont proposées aux conseillères municipales.",
        ],
    ),
    t(
        "droits-humains-democratie",
        &[
            "Démocratie locale et participation citoyenne à {p}",
            "Budget participatif de {p}",
        ],
        &[
            "associer les habitants aux décisions",
            "renforcer la transparence de l'action publique",
        ],
        &[
            "Des conseils de quartier ont été créés.",
            "Un budget participatif a été expérimenté avec l'appui de {c}.",
        ],
    ),
    t(
        "cohesion-sociale",
        &[
            "Insertion sociale et solidarité entre {c} et {p}",
            "Accompagnement des personnes âgées à {p}",
        ],
        &[
            "favoriser l'insertion des publics fragiles",
            "développer l'action sociale locale",
        ],
        &[
            "Les centres communaux d'action sociale des deux villes échangent leurs pratiques.",
            "Un programme d'insertion par l'activité économique a été lancé.",
        ],
    ),
    t(
        "francophonie",
        &[
            "Promotion de la langue française à {p}",
            "Alliance française et échanges francophones à {p}",
        ],
        &[
            "promouvoir la langue française",
            "soutenir l'enseignement du français",
        ],
        &[
            "Des enseignants de français sont formés chaque année.",
            "Des livres en français sont offerts aux bibliothèques scolaires.",
        ],
    ),
    t(
        "aide-humanitaire",
        &[
            "Aide d'urgence aux populations de {p}",
            "Reconstruction après catastrophe à {p}",
        ],
        &[
            "répondre aux besoins urgents des populations",
            "reconstruire les équipements publics",
        ],
        &[
            "Une aide d'urgence a été apportée via le fonds d'action extérieure des collectivités territoriales.",
            "Des équipements publics endommagés ont été reconstruits.",
        ],
    ),
];
