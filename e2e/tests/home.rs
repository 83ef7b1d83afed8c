//! The home page in a real Chromium: headline figures, the world map with markers of each
//! colour, a popup linking to the country, and the layer toggles.

use atlas_db::testing::Content;
use atlas_domain::{MarkerKind, Stats};
use e2e::{AppServer, Browser, browser_tests_enabled};

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_shows_figures_and_a_world_map_in_three_colours_with_popups() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let stats: Stats = server.api("/api/v1/stats").await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;

    // Figures, formatted the French way, equal the API's.
    let projects = browser
        .wait_for_text("[data-figure=\"projects\"]", |t| !digits(t).is_empty())
        .await;
    assert_eq!(digits(&projects), stats.totals.projects.to_string());
    let partners = browser
        .wait_for_text("[data-figure=\"partners\"]", |t| !digits(t).is_empty())
        .await;
    assert_eq!(digits(&partners), stats.totals.partners.to_string());
    browser
        .wait_for_text("body", |t| t.contains("Données de démonstration"))
        .await;

    // At least one marker of each colour.
    for kind in MarkerKind::ALL {
        browser
            .wait_for_all(
                &format!("#atlas-map path.atlas-marker--{}", kind.as_str()),
                1,
            )
            .await;
    }

    // A red marker opens a popup that links to its country.
    let red = browser
        .wait_for_all("#atlas-map path.atlas-marker--demande_cooperation", 1)
        .await;
    browser.click_js(&red[0]).await;
    let popup = browser
        .wait_for_text(".leaflet-popup-content", |t| !t.is_empty())
        .await;
    assert!(popup.contains("Demande de coopération"), "{popup}");
    let link = browser
        .wait_for_all(".leaflet-popup-content a[href^=\"/pays/\"]", 1)
        .await;
    let href = link[0]
        .attr("href")
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(href.len() == "/pays/XX".len(), "{href}");

    // The legend toggles a layer off and on.
    let toggle = browser
        .wait_for_all("input[data-layer=\"demande_cooperation\"]", 1)
        .await;
    toggle[0].click().await.expect("uncheck the red layer");
    browser
        .wait_for_none("#atlas-map path.atlas-marker--demande_cooperation")
        .await;
    browser
        .wait_for_all("#atlas-map path.atlas-marker--cooperation_decentralisee", 1)
        .await;
    toggle[0].click().await.expect("check the red layer again");
    browser
        .wait_for_all("#atlas-map path.atlas-marker--demande_cooperation", 1)
        .await;

    browser.screenshot("home").await;
    browser.close().await;
}
