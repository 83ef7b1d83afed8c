//! Downloadable map images: well-formed SVG whose markers and legend are the map layer's.

use atlas_db::testing::Content;
use atlas_domain::{CountrySummary, MarkerKind, MarkerLayer, Page, PlaceFigures, Problem};

use crate::helpers::{TestApp, spawn_apps};

/// Fetches an image, checks its headers and that it parses as XML; returns the text.
async fn image(app: &TestApp, path: &str) -> String {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{:?} {path}", app.backend);
    assert_eq!(response.headers()["content-type"], "image/svg+xml");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .expect("ascii header")
        .to_owned();
    assert!(disposition.contains("filename=\"atlas-"), "{disposition}");
    let text = response.text().await.expect("SVG body");
    roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path}: not XML: {e}"));
    text
}

/// The circles of a kind in the picture, and the total its legend gives.
fn drawn(svg: &str, kind: MarkerKind) -> (usize, i64) {
    let doc = roxmltree::Document::parse(svg).expect("XML");
    let class = format!("atlas-marker--{}", kind.as_str());
    let circles = doc
        .descendants()
        .filter(|n| n.attribute("class").is_some_and(|c| c.contains(&class)))
        .count();
    let prefix = format!("{} (", kind.label());
    let legend = doc
        .descendants()
        .filter_map(|n| n.text())
        .find_map(|t| t.strip_prefix(&prefix)?.strip_suffix(')')?.parse().ok())
        .unwrap_or_else(|| panic!("no legend line for {kind:?}"));
    (circles, legend)
}

/// The document's accessible title.
fn title(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("XML");
    doc.descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_owned()
}

fn layer_total(layer: &MarkerLayer, kind: MarkerKind) -> (usize, i64) {
    layer
        .features
        .iter()
        .filter(|f| f.properties.kind == kind)
        .fold((0, 0), |(n, s), f| (n + 1, s + f.properties.count))
}

#[actix_web::test]
async fn a_country_map_draws_its_partner_layer_with_a_legend_of_its_totals() {
    for app in spawn_apps(Content::Demo) {
        let countries: Page<CountrySummary> = app.get_json("/api/v1/countries").await;
        let busiest = countries
            .items
            .iter()
            .filter(|c| c.bourse_requests > 0)
            .max_by_key(|c| c.projects)
            .expect("a country with projects and Bourse requests");
        let code = &busiest.code;
        let svg = image(&app, &format!("/api/v1/countries/{code}/map.svg")).await;
        assert_eq!(title(&svg), busiest.name_fr);
        let layer: MarkerLayer = app
            .get_json(&format!("/api/v1/map/markers?level=partner&country={code}"))
            .await;
        for kind in MarkerKind::ALL {
            let (circles, legend) = drawn(&svg, *kind);
            let (features, total) = layer_total(&layer, *kind);
            assert_eq!(legend, total, "{code} {kind:?} legend");
            // Every partner of the country lies in its frame (1:50m shapes, padded).
            assert_eq!(circles, features, "{code} {kind:?} circles");
        }
        assert!(layer_total(&layer, MarkerKind::CooperationDecentralisee).0 > 0);
        assert!(
            svg.len() < 400_000,
            "{code}: {} bytes is too heavy to download",
            svg.len()
        );

        // Case does not matter; unknown countries are 404 problems.
        image(
            &app,
            &format!("/api/v1/countries/{}/map.svg", code.to_lowercase()),
        )
        .await;
        let missing = app.get("/api/v1/countries/QQ/map.svg").await;
        assert_eq!(missing.status(), 404);
        let problem: Problem = missing.json().await.expect("problem+json");
        assert_eq!(problem.status, 404);
    }
}

#[actix_web::test]
async fn a_region_map_draws_its_collectivites_with_a_legend_of_its_totals() {
    for app in spawn_apps(Content::Demo) {
        let regions: Page<PlaceFigures> = app.get_json("/api/v1/regions").await;
        for region in regions.items.iter().filter(|r| r.projects > 0) {
            let code = &region.code;
            let svg = image(&app, &format!("/api/v1/regions/{code}/map.svg")).await;
            assert_eq!(title(&svg), region.name);
            let layer: MarkerLayer = app
                .get_json(&format!(
                    "/api/v1/map/markers?level=collectivite&region={code}"
                ))
                .await;
            for kind in [
                MarkerKind::CooperationDecentralisee,
                MarkerKind::AutreActionExterieure,
            ] {
                let (circles, legend) = drawn(&svg, kind);
                let (features, total) = layer_total(&layer, kind);
                assert_eq!(legend, total, "{code} {kind:?} legend");
                assert!(circles <= features, "{code} {kind:?}");
                assert!(circles > 0 || features == 0, "{code} {kind:?} none drawn");
            }
        }
        let missing = app.get("/api/v1/regions/99/map.svg").await;
        assert_eq!(missing.status(), 404);
    }
}
