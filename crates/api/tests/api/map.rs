//! Map layers: GeoJSON at every level, with the shared project criteria.

use std::collections::BTreeSet;

use atlas_db::testing::Content;
use atlas_domain::{Continent, MarkerKind, MarkerLayer, Page, Problem, Stats};

use crate::helpers::{TestApp, spawn_apps};

fn sum(layer: &MarkerLayer, kind: MarkerKind) -> i64 {
    layer
        .features
        .iter()
        .filter(|f| f.properties.kind == kind)
        .map(|f| f.properties.count)
        .sum()
}

async fn fetch(app: &TestApp, query: &str) -> MarkerLayer {
    let path = format!("/api/v1/map/markers{query}");
    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "{:?} {path}", app.backend);
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    response.json().await.expect("GeoJSON body")
}

#[actix_web::test]
async fn country_markers_are_geojson_in_three_colours_adding_up_to_the_totals() {
    for app in spawn_apps(Content::Demo) {
        let raw: serde_json::Value = app.get_json("/api/v1/map/markers").await;
        assert_eq!(raw["type"], "FeatureCollection");
        for f in raw["features"].as_array().expect("features") {
            assert_eq!(f["type"], "Feature");
            assert_eq!(f["geometry"]["type"], "Point");
            assert_eq!(
                f["geometry"]["coordinates"].as_array().map(Vec::len),
                Some(2)
            );
            assert!(f["properties"].is_object());
        }
        let layer = fetch(&app, "").await;
        let kinds: BTreeSet<MarkerKind> =
            layer.features.iter().map(|f| f.properties.kind).collect();
        assert_eq!(kinds.len(), 3, "blue, yellow and red markers");
        for f in &layer.features {
            let [lon, lat] = f.geometry.coordinates;
            assert!(
                (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat),
                "RFC 7946 order: {f:?}"
            );
            assert!(f.properties.count > 0);
            assert_eq!(
                f.properties.href,
                format!("/pays/{}", f.properties.country_code)
            );
        }
        let stats: Stats = app.get_json("/api/v1/stats").await;
        let t = &stats.totals;
        assert_eq!(
            sum(&layer, MarkerKind::CooperationDecentralisee),
            t.cooperation_projects
        );
        assert_eq!(
            sum(&layer, MarkerKind::AutreActionExterieure),
            t.other_actions
        );
        assert_eq!(
            sum(&layer, MarkerKind::DemandeCooperation),
            t.bourse_requests
        );
    }
}

#[actix_web::test]
async fn every_level_counts_each_project_once() {
    for app in spawn_apps(Content::Demo) {
        let t = app.get_json::<Stats>("/api/v1/stats").await.totals;
        let partners = fetch(&app, "?level=partner").await;
        assert_eq!(
            sum(&partners, MarkerKind::CooperationDecentralisee),
            t.cooperation_projects
        );
        assert_eq!(
            sum(&partners, MarkerKind::AutreActionExterieure),
            t.other_actions
        );
        assert_eq!(
            sum(&partners, MarkerKind::DemandeCooperation),
            t.bourse_requests
        );
        let authorities: BTreeSet<&str> = partners
            .features
            .iter()
            .filter(|f| f.properties.kind == MarkerKind::DemandeCooperation)
            .map(|f| f.properties.label.as_str())
            .collect();
        assert_eq!(authorities.len() as i64, t.bourse_authorities);
        for f in &partners.features {
            let href = &f.properties.href;
            match f.properties.kind {
                MarkerKind::DemandeCooperation => assert!(
                    href.starts_with(&format!("/pays/{}#demande-", f.properties.country_code)),
                    "{href}"
                ),
                _ => assert!(href.starts_with("/partenaires/"), "{href}"),
            }
        }
        for level in ["collectivite", "region"] {
            let french = fetch(&app, &format!("?level={level}")).await;
            let projects = sum(&french, MarkerKind::CooperationDecentralisee)
                + sum(&french, MarkerKind::AutreActionExterieure);
            assert_eq!(projects, t.projects, "{level}");
            assert_eq!(sum(&french, MarkerKind::DemandeCooperation), 0, "{level}");
            assert!(
                french
                    .features
                    .iter()
                    .all(|f| f.properties.country_code == "FR")
            );
        }
        let by_collectivite = fetch(&app, "?level=collectivite").await;
        let collectivites: BTreeSet<&str> = by_collectivite
            .features
            .iter()
            .map(|f| f.properties.href.as_str())
            .collect();
        assert_eq!(collectivites.len() as i64, t.collectivites);
        assert!(
            collectivites
                .iter()
                .all(|h| h.starts_with("/collectivites/"))
        );
    }
}

#[actix_web::test]
async fn criteria_scope_the_layer_like_the_continent_figures() {
    for app in spawn_apps(Content::Demo) {
        let continents: Page<Continent> = app.get_json("/api/v1/continents").await;
        let africa = continents
            .items
            .iter()
            .find(|c| c.code == "afrique")
            .expect("Africa");
        let layer = fetch(&app, "?continent=afrique&level=partner").await;
        assert_eq!(
            sum(&layer, MarkerKind::CooperationDecentralisee),
            africa.cooperation_projects
        );
        assert_eq!(
            sum(&layer, MarkerKind::AutreActionExterieure),
            africa.other_actions
        );
        assert_eq!(
            sum(&layer, MarkerKind::DemandeCooperation),
            africa.bourse_requests
        );

        // One country, at partner level: every marker is in it.
        let senegal = fetch(&app, "?country=sn&level=partner").await;
        assert!(!senegal.features.is_empty());
        assert!(
            senegal
                .features
                .iter()
                .all(|f| f.properties.country_code == "SN")
        );
        let by_country = fetch(&app, "?country=SN").await;
        for kind in MarkerKind::ALL {
            assert_eq!(sum(&senegal, *kind), sum(&by_country, *kind), "{kind:?}");
        }

        // Layers and project-only criteria drop the red layer; place criteria keep it.
        let red = fetch(&app, "?layers=demande_cooperation").await;
        assert!(
            red.features
                .iter()
                .all(|f| f.properties.kind == MarkerKind::DemandeCooperation)
        );
        assert!(!red.features.is_empty());
        let blue = fetch(&app, "?kind=cooperation_decentralisee").await;
        assert_eq!(sum(&blue, MarkerKind::DemandeCooperation), 0);
        assert_eq!(sum(&blue, MarkerKind::AutreActionExterieure), 0);
        let rhone_alpes = fetch(&app, "?region=84&level=collectivite").await;
        assert!(!rhone_alpes.features.is_empty());
        let by_region = fetch(&app, "?region=84&level=region").await;
        assert_eq!(by_region.features.len(), 2, "one région, two kinds");
        assert_eq!(
            sum(&rhone_alpes, MarkerKind::CooperationDecentralisee),
            sum(&by_region, MarkerKind::CooperationDecentralisee)
        );
        let departements = fetch(&app, "?region=84&level=departement").await;
        assert!(
            departements
                .features
                .iter()
                .all(|f| f.properties.href.starts_with("/departements/"))
        );
        assert!(
            sum(&departements, MarkerKind::CooperationDecentralisee)
                <= sum(&by_region, MarkerKind::CooperationDecentralisee)
        );
    }
}

#[actix_web::test]
async fn invalid_layer_parameters_and_unknown_codes_are_named() {
    for app in spawn_apps(Content::Reference) {
        let response = app
            .get("/api/v1/map/markers?level=planet&layers=purple&year_from=20x")
            .await;
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let problem: Problem = response.json().await.expect("problem");
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["level", "layers", "year_from"]);

        let response = app.get("/api/v1/map/markers?country=ZZ&theme=nope").await;
        assert_eq!(response.status(), 400);
        let problem: Problem = response.json().await.expect("problem");
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["theme", "country"]);

        // An empty Atlas has an empty layer, not an error.
        let empty = fetch(&app, "?level=partner").await;
        assert!(empty.features.is_empty());
    }
}
