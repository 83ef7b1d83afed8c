//! `GET /api/v1/figures`: the figures of any criteria, equal to the place resources' own.

use atlas_db::testing::Content;
use atlas_domain::{CountryDetail, Figures, RegionDetail, Stats};

use crate::helpers::{assert_bad_fields, spawn_apps};

#[actix_web::test]
async fn figures_of_a_place_are_the_place_resources_and_of_nothing_the_totals() {
    for app in spawn_apps(Content::Demo) {
        let stats: Stats = app.get_json("/api/v1/stats").await;
        let all: Figures = app.get_json("/api/v1/figures").await;
        assert_eq!(all.projects, stats.totals.projects);
        assert_eq!(all.partners, stats.totals.partners);
        assert_eq!(all.collectivites, stats.totals.collectivites);
        assert_eq!(all.bourse_requests, stats.totals.bourse_requests);
        assert!(!all.apd_by_year.is_empty(), "every APD declaration");

        let senegal: CountryDetail = app.get_json("/api/v1/countries/SN").await;
        let by_query: Figures = app.get_json("/api/v1/figures?country=SN").await;
        assert_eq!(by_query, senegal.figures);
        let region: RegionDetail = app.get_json("/api/v1/regions/84").await;
        let by_query: Figures = app.get_json("/api/v1/figures?region=84").await;
        assert_eq!(by_query, region.figures);

        // Crossed criteria: counts follow them, APD (declared per place) cannot.
        let crossed: Figures = app
            .get_json("/api/v1/figures?country=SN&theme=eau-assainissement")
            .await;
        assert!(crossed.projects > 0 && crossed.projects < senegal.figures.projects);
        assert!(crossed.apd_by_year.is_empty());

        assert_bad_fields(app.get("/api/v1/figures?kind=nope").await, &["kind"]).await;
        assert_bad_fields(app.get("/api/v1/figures?country=QQ").await, &["country"]).await;
    }
}
