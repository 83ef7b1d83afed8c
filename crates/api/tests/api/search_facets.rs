//! Facets, sort, pagination and bad input of `GET /api/v1/search`, on both backends.

use std::collections::BTreeSet;

use atlas_db::testing::Content;
use atlas_domain::{SearchHit, SearchResults};

use crate::helpers::{assert_bad_fields, spawn_apps};

type Results = SearchResults<SearchHit>;

#[actix_web::test]
async fn facets_add_up_and_each_count_is_what_ticking_the_value_gives() {
    for app in spawn_apps(Content::Demo) {
        let base = "q=eau&continent=afrique&kind=cooperation_decentralisee";
        let r: Results = app.get_json(&format!("/api/v1/search?{base}")).await;
        assert!(r.total > 20, "{:?}: {}", app.backend, r.total);
        assert_eq!(r.facets.len(), 16);
        for facet in &r.facets {
            let selected = facet.values.iter().any(|v| v.selected);
            let sum: i64 = facet.values.iter().map(|v| v.count).sum();
            // Exclusive facets with nothing ticked split the results exactly (regions and
            // départements leave out collectivités that have none; statuses count archived
            // projects, hidden by default).
            if facet.exclusive && !selected {
                match facet.name.as_str() {
                    "region" | "departement" => assert!(sum <= r.total, "{}", facet.name),
                    "status" => assert!(sum >= r.total, "{}", facet.name),
                    _ => assert_eq!(sum, r.total, "{:?} facet {}", app.backend, facet.name),
                }
            }
            if !facet.exclusive && facet.name != "collectivite" && facet.name != "partner" {
                assert!(
                    facet.values.iter().all(|v| v.count <= r.total || selected),
                    "{}",
                    facet.name
                );
            }
        }
        // The continent facet (ticked) counts with every other criterion: its Africa value
        // is the total, the others what ticking them instead would give.
        let continent = r.facet("continent").expect("continent facet");
        let africa = continent
            .values
            .iter()
            .find(|v| v.value == "afrique")
            .expect("afrique");
        assert!(africa.selected);
        assert_eq!(africa.count, r.total);
        let asia = continent
            .values
            .iter()
            .find(|v| v.value == "asie")
            .expect("asie");
        let only_asia: Results = app
            .get_json("/api/v1/search?q=eau&continent=asie&kind=cooperation_decentralisee")
            .await;
        assert_eq!(asia.count, only_asia.total, "{:?}", app.backend);
        // Ticking two themes gives their union: at least the larger, at most the sum.
        let themes = r.facet("theme").expect("theme facet");
        let (a, b) = (&themes.values[0], &themes.values[1]);
        let both: Results = app
            .get_json(&format!(
                "/api/v1/search?{base}&theme={},{}",
                a.value, b.value
            ))
            .await;
        assert!(both.total >= a.count.max(b.count) && both.total <= a.count + b.count);
        let one: Results = app
            .get_json(&format!("/api/v1/search?{base}&theme={}", a.value))
            .await;
        assert_eq!(one.total, a.count, "{:?} theme {}", app.backend, a.value);
        // A financing-year value is a working criterion too.
        let years = r.facet("financing_year").expect("financing_year facet");
        if let Some(v) = years.values.first() {
            let by_year: Results = app
                .get_json(&format!("/api/v1/search?{base}&financing={}", v.value))
                .await;
            assert_eq!(by_year.total, v.count, "{:?} {}", app.backend, v.value);
        }
    }
}

#[actix_web::test]
async fn pages_do_not_overlap_and_sorts_hold() {
    for app in spawn_apps(Content::Demo) {
        let one: Results = app
            .get_json("/api/v1/search?theme=sante&sort=date&per_page=30")
            .await;
        let two: Results = app
            .get_json("/api/v1/search?theme=sante&sort=date&per_page=30&page=2")
            .await;
        assert_eq!(one.total, two.total);
        assert_eq!((one.page, two.page, one.per_page), (1, 2, 30));
        let ids: BTreeSet<i32> = one.items.iter().chain(&two.items).map(|h| h.id).collect();
        assert_eq!(ids.len(), 60, "{:?}", app.backend);
        let starts: Vec<i32> = one
            .items
            .iter()
            .chain(&two.items)
            .map(|h| h.start_year.unwrap_or(0))
            .collect();
        assert!(starts.windows(2).all(|w| w[0] >= w[1]), "{starts:?}");

        let named: Results = app
            .get_json("/api/v1/search?theme=sante&sort=name&per_page=50")
            .await;
        let keys: Vec<String> = named
            .items
            .iter()
            .map(|h| atlas_db::text::fold_key(&h.title))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] <= w[1]),
            "{:?} {keys:?}",
            app.backend
        );
    }
}

#[actix_web::test]
async fn bad_input_is_a_problem_naming_every_field() {
    for app in spawn_apps(Content::Demo) {
        assert_bad_fields(
            app.get("/api/v1/search?themes=patrimoine").await,
            &["themes"],
        )
        .await;
        assert_bad_fields(
            app.get("/api/v1/search?sort=popularity&per_page=1000&kind=x")
                .await,
            &["kind", "sort", "per_page"],
        )
        .await;
        assert_bad_fields(
            app.get("/api/v1/search?theme=astrologie&country=ZZ").await,
            &["theme", "country"],
        )
        .await;
    }
}
