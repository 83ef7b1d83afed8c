//! What the throughput runs ask: the faceted question in our words and in Datasette's, and
//! the weighted mix of a visitor's reads. Docs/BENCHMARKS.md explains the differences.

/// The faceted search of issue #4: keywords, three criteria, every facet, the first page.
pub const FACETED: &str = "/api/v1/search?q=eau&kind=cooperation_decentralisee&continent=afrique&theme=eau-assainissement";

/// The same question of Datasette's `project_search` view ([`crate::datasette::VIEW_SQL`]):
/// the same FTS5 expression (`"eau"*`, raw mode), the same criteria (archived projects
/// excluded, as our search does by default), a page of 20, and a facet per column we facet on
/// that the view has.
pub const FACETED_DATASETTE: &str = concat!(
    "/atlas/project_search.json?_search=%22eau%22*&_searchmode=raw",
    "&kind=cooperation_decentralisee&continent=afrique&themes__arraycontains=eau-assainissement",
    "&status__not=archive&_size=20",
    "&_facet=kind&_facet_array=themes&_facet=continent&_facet=subcontinent&_facet=country",
    "&_facet=region&_facet=departement&_facet=collectivite_kind&_facet=collectivite",
    "&_facet=partner&_facet_array=financings&_facet=status",
);

/// Exports, when the server has them (probed before the run).
pub const EXPORT: &str = "/api/v1/exports/projects.csv?country=SN";

/// A visitor's reads, weighted per 100 requests: figures, browse pages, faceted search, map
/// layers (and [`EXPORT`], 2 in 100, when available).
pub const MIXED: &[(&str, u32)] = &[
    ("/api/v1/stats", 12),
    ("/api/v1/continents", 4),
    ("/api/v1/continents/afrique", 4),
    ("/api/v1/countries/SN", 8),
    ("/api/v1/projects?country=SN", 8),
    ("/api/v1/projects/1", 8),
    ("/api/v1/partners/1", 4),
    ("/api/v1/regions/84", 4),
    ("/api/v1/collectivites/1", 4),
    ("/api/v1/collectivites?departement=69", 4),
    (FACETED, 14),
    ("/api/v1/search?q=ecole", 6),
    ("/api/v1/map/markers", 10),
    ("/api/v1/map/markers?level=partner&country=SN", 5),
    ("/api/v1/map/markers?level=collectivite&region=84", 5),
];

/// Whether the server answers [`EXPORT`] (builds before exports had none).
pub async fn has_export(client: &reqwest::Client, base: &str) -> bool {
    client
        .get(format!("{base}{EXPORT}"))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
}

/// Weight of [`EXPORT`] in the mix when the endpoint exists.
pub const EXPORT_WEIGHT: u32 = 2;

/// The mix as owned (path, weight) pairs, with the export when `with_export`.
pub fn mixed(with_export: bool) -> Vec<(String, u32)> {
    let mut paths: Vec<(String, u32)> = MIXED.iter().map(|(p, w)| ((*p).to_owned(), *w)).collect();
    if with_export {
        paths.push((EXPORT.to_owned(), EXPORT_WEIGHT));
    }
    paths
}
