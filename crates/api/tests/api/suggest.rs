//! `GET /api/v1/suggest` and `GET /api/v1/search/bourse`, on both backends.

use atlas_db::testing::Content;
use atlas_domain::{BourseHit, SearchResults, Suggestion, SuggestionKind};

use crate::helpers::{assert_bad_fields, spawn_apps};

#[actix_web::test]
async fn suggestions_find_places_collectivites_partners_and_themes_whatever_the_accents() {
    for app in spawn_apps(Content::Demo) {
        let places: Vec<Suggestion> = app.get_json("/api/v1/suggest?q=rhone&kind=place").await;
        assert!(
            places.iter().any(|s| s.param == "region"
                && s.value == "84"
                && s.label == "Auvergne-Rhône-Alpes"),
            "{:?}: {places:?}",
            app.backend
        );
        assert!(places.iter().all(|s| s.kind == SuggestionKind::Place));
        let inde: Vec<Suggestion> = app.get_json("/api/v1/suggest?q=Inde").await;
        let first = inde.first().expect("a suggestion");
        assert_eq!(
            (first.param.as_str(), first.value.as_str()),
            ("country", "IN")
        );
        assert!(first.count > 0);
        let equateur: Vec<Suggestion> = app.get_json("/api/v1/suggest?q=EQUATEUR&kind=place").await;
        assert!(
            equateur.iter().any(|s| s.label == "Équateur"),
            "{equateur:?}"
        );
        let heritage: Vec<Suggestion> = app.get_json("/api/v1/suggest?q=patrim&kind=theme").await;
        assert_eq!(heritage.len(), 1);
        assert_eq!(heritage[0].value, "patrimoine");
        let lyon: Vec<Suggestion> = app
            .get_json("/api/v1/suggest?q=lyon&kind=collectivite")
            .await;
        assert!(!lyon.is_empty() && lyon.len() <= 6, "{lyon:?}");
        assert!(lyon.iter().all(|s| s.label.to_lowercase().contains("lyon")));
        assert!(lyon.iter().all(|s| s.param == "collectivite"));
        // Partners are suggested by name and give their country.
        let partners: Vec<Suggestion> = app.get_json("/api/v1/suggest?q=da&kind=partner").await;
        assert!(!partners.is_empty());
        assert!(partners.iter().all(|s| s.detail.contains(" · ")));
        assert_bad_fields(
            app.get("/api/v1/suggest?q=a&kind=planet").await,
            &["q", "kind"],
        )
        .await;
    }
}

#[actix_web::test]
async fn the_bourse_is_searched_with_the_same_engine() {
    for app in spawn_apps(Content::Demo) {
        type Results = SearchResults<BourseHit>;
        let all: Results = app.get_json("/api/v1/search/bourse?per_page=100").await;
        assert_eq!(all.total, 137, "{:?}: every published request", app.backend);
        let countries = all.facet("country").expect("country facet");
        let sum: i64 = countries.values.iter().map(|v| v.count).sum();
        assert_eq!(sum, all.total);
        let eau: Results = app.get_json("/api/v1/search/bourse?q=EAU").await;
        let accented: Results = app.get_json("/api/v1/search/bourse?q=eau").await;
        assert!(eau.total > 0 && eau.total < all.total, "{}", eau.total);
        assert_eq!(eau.total, accented.total);
        assert!(
            eau.items
                .iter()
                .all(|h| h.href == format!("/bourse/{}", h.id))
        );
        let top = &countries.values[0];
        let in_country: Results = app
            .get_json(&format!("/api/v1/search/bourse?country={}", top.value))
            .await;
        assert_eq!(in_country.total, top.count);
        assert!(in_country.items.iter().all(|h| h.country.code == top.value));
        assert_bad_fields(
            app.get("/api/v1/search/bourse?kind=cooperation_decentralisee&theme=astrologie")
                .await,
            &["kind"],
        )
        .await;
        assert_bad_fields(
            app.get("/api/v1/search/bourse?theme=astrologie").await,
            &["theme"],
        )
        .await;
    }
}
