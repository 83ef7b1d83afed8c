//! The home page in a real Chromium: headline figures, the world map with markers of each
//! colour, a popup linking to the country, the layer toggles, and the lazy routes: the home page
//! fetches no route module, the search fetches its own when first shown.

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

    // The home page needs no lazy route: its only wasm is the main module. Following the
    // header's link to the search fetches the search route's module, and the page works.
    assert_eq!(
        wasm_fetched(&browser).await,
        ["frontend_bg.wasm"],
        "the home page fetched route modules"
    );
    let link = browser
        .wait_for_all("header a.fr-nav__link[href=\"/recherche\"]", 1)
        .await;
    link[0]
        .click()
        .await
        .expect("follow the link to the search");
    browser
        .wait_for_all("#nombre-resultats[aria-busy=\"false\"]", 1)
        .await;
    let fetched = wasm_fetched(&browser).await;
    assert!(
        fetched
            .iter()
            .any(|f| f.starts_with("split___search_route")),
        "{fetched:?}"
    );
    browser.close().await;
}

/// The file names of the wasm modules the page has fetched so far.
async fn wasm_fetched(browser: &Browser) -> Vec<String> {
    let names = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)\
               .filter(p => p.endsWith('.wasm')).map(p => p.split('/').pop());",
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("read the page's resource timings: {e}"));
    serde_json::from_value(names).unwrap_or_else(|e| panic!("a list of names: {e}"))
}
