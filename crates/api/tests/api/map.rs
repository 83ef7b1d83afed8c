//! Map layers.

use std::collections::BTreeSet;

use atlas_db::testing::Content;
use atlas_domain::{MarkerKind, MarkerLayer, Stats};

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn country_markers_are_geojson_in_three_colours_adding_up_to_the_totals() {
    for app in spawn_apps(Content::Demo) {
        let response = app.get("/api/v1/map/markers").await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/geo+json");
        let layer: MarkerLayer = response.json().await.expect("GeoJSON body");
        assert_eq!(layer.kind, "FeatureCollection");
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
        let sum = |kind: MarkerKind| -> i64 {
            layer
                .features
                .iter()
                .filter(|f| f.properties.kind == kind)
                .map(|f| f.properties.count)
                .sum()
        };
        assert_eq!(
            sum(MarkerKind::CooperationDecentralisee),
            stats.totals.cooperation_projects
        );
        assert_eq!(
            sum(MarkerKind::AutreActionExterieure),
            stats.totals.other_actions
        );
        assert_eq!(
            sum(MarkerKind::DemandeCooperation),
            stats.totals.bourse_requests
        );
    }
}
