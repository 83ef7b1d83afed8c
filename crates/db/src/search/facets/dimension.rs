//! The criteria that have a facet: their names and labels, and how each reads and clears its
//! criterion in a resolved search.

use atlas_domain::ProjectStatus;

use crate::search::filter::Resolved;

/// The criteria that have a facet, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Kind,
    Theme,
    Continent,
    Subcontinent,
    Country,
    Region,
    Departement,
    CollectiviteKind,
    Collectivite,
    Partner,
    Financing,
    FinancingYear,
    Year,
    Jumelage,
    Volunteers,
    Status,
}

impl Dimension {
    pub const ALL: [Dimension; 16] = [
        Dimension::Kind,
        Dimension::Theme,
        Dimension::Continent,
        Dimension::Subcontinent,
        Dimension::Country,
        Dimension::Region,
        Dimension::Departement,
        Dimension::CollectiviteKind,
        Dimension::Collectivite,
        Dimension::Partner,
        Dimension::Financing,
        Dimension::FinancingYear,
        Dimension::Year,
        Dimension::Jumelage,
        Dimension::Volunteers,
        Dimension::Status,
    ];

    /// (facet name, query parameter, French label, one value per project).
    pub(super) fn describe(self) -> (&'static str, &'static str, &'static str, bool) {
        match self {
            Dimension::Kind => ("kind", "kind", "Type d'action", true),
            Dimension::Theme => ("theme", "theme", "Thématiques", false),
            Dimension::Continent => ("continent", "continent", "Continent", true),
            Dimension::Subcontinent => ("subcontinent", "subcontinent", "Sous-continent", true),
            Dimension::Country => ("country", "country", "Pays", true),
            Dimension::Region => ("region", "region", "Région (collectivité)", true),
            Dimension::Departement => (
                "departement",
                "departement",
                "Département (collectivité)",
                true,
            ),
            Dimension::CollectiviteKind => (
                "collectivite_kind",
                "collectivite_kind",
                "Type de collectivité",
                true,
            ),
            Dimension::Collectivite => ("collectivite", "collectivite", "Collectivité", false),
            Dimension::Partner => ("partner", "partner", "Autorité partenaire", false),
            Dimension::Financing => ("financing", "financing", "Cofinancement", false),
            Dimension::FinancingYear => (
                "financing_year",
                "financing",
                "Cofinancement par année",
                false,
            ),
            Dimension::Year => ("year", "year", "Années d'activité", false),
            Dimension::Jumelage => ("jumelage", "jumelage", "Jumelage", true),
            Dimension::Volunteers => ("volunteers", "volunteers", "Volontaires", true),
            Dimension::Status => ("status", "status", "Statut", true),
        }
    }

    /// `r` without this dimension's criterion.
    pub(super) fn without(self, r: &Resolved) -> Resolved {
        let mut r = r.clone();
        let f = &mut r.filter;
        match self {
            Dimension::Kind => f.kinds.clear(),
            Dimension::Theme => {
                f.themes.clear();
                r.theme_ids.clear();
            }
            Dimension::Continent => f.continents.clear(),
            Dimension::Subcontinent => f.subcontinents.clear(),
            Dimension::Country => f.countries.clear(),
            Dimension::Region => f.regions.clear(),
            Dimension::Departement => f.departements.clear(),
            Dimension::CollectiviteKind => f.collectivite_kinds.clear(),
            Dimension::Collectivite => f.collectivites.clear(),
            Dimension::Partner => f.partners.clear(),
            Dimension::Financing | Dimension::FinancingYear => {
                f.financings.clear();
                r.financings.clear();
            }
            Dimension::Year => {
                f.year_from = None;
                f.year_to = None;
            }
            Dimension::Jumelage => f.jumelage = None,
            Dimension::Volunteers => f.volunteers = None,
            // Every status, archived ones included, so users can find them.
            Dimension::Status => f.statuses = ProjectStatus::ALL.to_vec(),
        }
        r
    }

    /// The values the query selects in this dimension.
    pub(super) fn selected(self, r: &Resolved) -> Vec<String> {
        let f = &r.filter;
        let strings = |v: &[String]| v.to_vec();
        let ids = |v: &[i32]| v.iter().map(i32::to_string).collect();
        match self {
            Dimension::Kind => f.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            Dimension::Theme => strings(&f.themes),
            Dimension::Continent => strings(&f.continents),
            Dimension::Subcontinent => strings(&f.subcontinents),
            Dimension::Country => strings(&f.countries),
            Dimension::Region => strings(&f.regions),
            Dimension::Departement => strings(&f.departements),
            Dimension::CollectiviteKind => f
                .collectivite_kinds
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            Dimension::Collectivite => ids(&f.collectivites),
            Dimension::Partner => ids(&f.partners),
            Dimension::Financing => f
                .financings
                .iter()
                .filter(|c| c.year.is_none())
                .map(|c| c.source.clone())
                .collect(),
            Dimension::FinancingYear => f
                .financings
                .iter()
                .filter_map(|c| c.year.map(|y| format!("{}:{y}", c.source)))
                .collect(),
            Dimension::Year => match (f.year_from, f.year_to) {
                (None, None) => Vec::new(),
                (from, to) => (from.unwrap_or(1900)..=to.unwrap_or(2100))
                    .map(|y| y.to_string())
                    .collect(),
            },
            Dimension::Jumelage => f.jumelage.map(|b| b.to_string()).into_iter().collect(),
            Dimension::Volunteers => f.volunteers.map(|b| b.to_string()).into_iter().collect(),
            Dimension::Status => f.statuses.iter().map(|s| s.as_str().to_owned()).collect(),
        }
    }
}
