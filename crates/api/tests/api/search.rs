//! `GET /api/v1/search`: the seed's crossed question, accents and ligatures, facets, sort,
//! pagination and bad input, on both backends.

use std::collections::BTreeSet;

use atlas_db::DbConn;
use atlas_db::schema::*;
use atlas_db::testing::Content;
use atlas_domain::{ProjectKind, SearchHit, SearchResults};
use diesel::prelude::*;

use crate::helpers::{TestApp, spawn_apps};

type Results = SearchResults<SearchHit>;

/// The seed's example: decentralised cooperations led from (Auvergne-)Rhône-Alpes, on
/// heritage, in India, co-financed by the MAE in 2009 or by the AFD.
pub const CROSSED: &str = "kind=cooperation_decentralisee&region=84&theme=patrimoine&country=IN\
                           &financing=mae-daect:2009,afd";

/// Facts of a project read straight from the database, to check results against.
struct Facts {
    kind: String,
    country: String,
    region: Option<String>,
    themes: BTreeSet<String>,
    financings: Vec<(String, i32, i64)>,
}

macro_rules! facts_of {
    ($c:expr, $id:expr) => {{
        let c = $c;
        let (kind, country, region) = projects::table
            .inner_join(collectivites::table)
            .filter(projects::id.eq($id))
            .select((
                projects::kind,
                projects::country_code,
                collectivites::region_code,
            ))
            .first::<(String, String, Option<String>)>(c)
            .expect("project");
        let themes = project_themes::table
            .inner_join(themes::table)
            .filter(project_themes::project_id.eq($id))
            .select(themes::code)
            .load::<String>(c)
            .expect("themes")
            .into_iter()
            .collect();
        let financings = project_financings::table
            .inner_join(financing_sources::table)
            .filter(project_financings::project_id.eq($id))
            .select((
                financing_sources::code,
                project_financings::year,
                project_financings::amount_cents,
            ))
            .load::<(String, i32, i64)>(c)
            .expect("financings");
        Facts {
            kind,
            country,
            region,
            themes,
            financings,
        }
    }};
}

fn facts(app: &TestApp, id: i32) -> Facts {
    let db = app.db.open();
    let mut conn = db.conn().expect("connection");
    match &mut conn {
        DbConn::Sqlite(c) => facts_of!(&mut **c, id),
        DbConn::Pg(c) => facts_of!(&mut **c, id),
    }
}

/// The demo's showcase: the Indian heritage project co-financed by the MAE in 2009 with
/// 25,000 € (see `showcase` in the demo generator).
fn showcase_id(app: &TestApp) -> i32 {
    let db = app.db.open();
    let mut conn = db.conn().expect("connection");
    macro_rules! find {
        ($c:expr) => {
            project_financings::table
                .inner_join(financing_sources::table)
                .inner_join(projects::table)
                .filter(financing_sources::code.eq("mae-daect"))
                .filter(project_financings::year.eq(2009))
                .filter(project_financings::amount_cents.eq(2_500_000))
                .filter(projects::country_code.eq("IN"))
                .select(projects::id)
                .first::<i32>($c)
                .expect("the showcase project")
        };
    }
    match &mut conn {
        DbConn::Sqlite(c) => find!(&mut **c),
        DbConn::Pg(c) => find!(&mut **c),
    }
}

#[actix_web::test]
async fn the_seed_crossed_question_is_answered_exactly() {
    for app in spawn_apps(Content::Demo) {
        let results: Results = app
            .get_json(&format!("/api/v1/search?{CROSSED}&per_page=100"))
            .await;
        assert!(results.total >= 2, "{:?}: {}", app.backend, results.total);
        assert_eq!(results.items.len() as i64, results.total);
        for hit in &results.items {
            let f = facts(&app, hit.id);
            assert_eq!(f.kind, "cooperation_decentralisee");
            assert_eq!(hit.kind, ProjectKind::CooperationDecentralisee);
            assert_eq!(f.country, "IN");
            assert_eq!(hit.country.code, "IN");
            assert_eq!(f.region.as_deref(), Some("84"));
            assert!(f.themes.contains("patrimoine"));
            assert!(hit.themes.iter().any(|t| t.code == "patrimoine"));
            assert!(
                f.financings
                    .iter()
                    .any(|(s, y, _)| (s == "mae-daect" && *y == 2009) || s == "afd"),
                "{:?}",
                f.financings
            );
        }
        let showcase = showcase_id(&app);
        assert!(
            results.items.iter().any(|h| h.id == showcase),
            "{:?}: the showcase project {showcase} is found",
            app.backend
        );
        // The keywords of the question narrow the same answer without losing the showcase.
        let worded: Results = app
            .get_json(&format!("/api/v1/search?{CROSSED}&q=patrimoine%20Inde"))
            .await;
        assert!(worded.items.iter().any(|h| h.id == showcase));
    }
}

#[actix_web::test]
async fn keywords_ignore_accents_case_and_ligatures_and_snippets_keep_the_spelling() {
    for app in spawn_apps(Content::Demo) {
        let total = |r: &Results| r.total;
        let mut counts = Vec::new();
        for q in ["cooperation", "Coopération", "COOPERATION", "coopÉration"] {
            let r: Results = app.get_json(&format!("/api/v1/search?q={q}")).await;
            counts.push(total(&r));
        }
        assert!(counts[0] > 0);
        assert!(
            counts.iter().all(|c| *c == counts[0]),
            "{:?} {counts:?}",
            app.backend
        );
        let oeuvre: Results = app.get_json("/api/v1/search?q=oeuvre").await;
        let ligature: Results = app.get_json("/api/v1/search?q=%C5%93uvre").await;
        assert!(oeuvre.total > 0);
        assert_eq!(oeuvre.total, ligature.total, "{:?}", app.backend);
        // The snippet shows the word as written (« œuvre »), marked.
        let marked: Vec<&str> = oeuvre
            .items
            .iter()
            .flat_map(|h| h.snippet.iter().chain(&h.title_parts))
            .filter(|p| p.mark)
            .map(|p| p.text.as_str())
            .collect();
        assert!(!marked.is_empty(), "{:?}", app.backend);
        assert!(
            marked.iter().all(|m| m.to_lowercase().contains("œuvre")),
            "{marked:?}"
        );
        // Prefix matching of the last word (type-ahead) and relevance order: a title match
        // comes before body-only matches.
        let prefix: Results = app.get_json("/api/v1/search?q=patrim").await;
        let full: Results = app.get_json("/api/v1/search?q=patrimoine").await;
        assert!(prefix.total >= full.total && full.total > 0);
        let first = &full.items[0];
        assert!(
            first.title_parts.iter().any(|p| p.mark),
            "{:?}: best match has the word in its title: {}",
            app.backend,
            first.title
        );
    }
}
