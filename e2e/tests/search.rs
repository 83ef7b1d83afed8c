//! The search page in a real Chromium: keywords, facets, the list, the map and the total agree
//! with each other and with the API for the same query string; the URL holds the whole state
//! (reload, back); suggestions add criteria; the seed's crossed question finds the showcase
//! project of the demo data.

use atlas_db::testing::Content;
use atlas_domain::{CollectiviteDetail, MarkerLayer, ProjectSheet, SearchHit, SearchResults};
use e2e::{AppServer, Browser, browser_tests_enabled};
use fantoccini::Locator;

type Results = SearchResults<SearchHit>;

/// The query string of the page's URL (without `?`).
async fn url_query(browser: &Browser) -> String {
    let url = browser
        .client
        .current_url()
        .await
        .unwrap_or_else(|e| panic!("current url: {e}"));
    assert_eq!(url.path(), "/recherche", "{url}");
    url.query().unwrap_or_default().to_owned()
}

/// Waits until the page shows the total of the API's answer to the page's own query
/// string, and returns that answer.
async fn settled(browser: &Browser, server: &AppServer) -> (String, Results) {
    let query = url_query(browser).await;
    let api: Results = server.api(&format!("/api/v1/search?{query}")).await;
    let total = api.total.to_string();
    browser
        .wait_for_all(
            &format!("#nombre-resultats[data-total=\"{total}\"][aria-busy=\"false\"]"),
            1,
        )
        .await;
    (query, api)
}

/// Whether the checkbox of `facet` = `value` is ticked.
async fn ticked(browser: &Browser, facet: &str, value: &str) -> bool {
    let css = format!("input[data-facet=\"{facet}\"][data-value=\"{value}\"]");
    let found = browser.wait_for_all(&css, 1).await;
    found[0]
        .prop("checked")
        .await
        .ok()
        .flatten()
        .is_some_and(|v| v == "true")
}

/// Ticks `facet` = `value` through its label (as a user does) and waits for the URL to change.
async fn tick(browser: &Browser, facet: &str, value: &str) {
    let before = url_query(browser).await;
    let css = format!("input[data-facet=\"{facet}\"][data-value=\"{value}\"]");
    let input = browser.wait_for_all(&css, 1).await;
    let id = input[0].attr("id").await.ok().flatten().unwrap_or_default();
    let label = browser
        .wait_for_all(&format!("label[for=\"{id}\"]"), 1)
        .await;
    label[0]
        .click()
        .await
        .unwrap_or_else(|e| panic!("tick {facet}={value}: {e}"));
    wait_url_change(browser, &before).await;
}

async fn wait_url_change(browser: &Browser, before: &str) {
    let started = std::time::Instant::now();
    while url_query(browser).await == before {
        assert!(started.elapsed() < e2e::PATIENCE, "the URL did not change");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The count a facet value shows on the page.
async fn shown_count(browser: &Browser, facet: &str, value: &str) -> i64 {
    let css = format!("input[data-facet=\"{facet}\"][data-value=\"{value}\"]");
    let input = browser.wait_for_all(&css, 1).await;
    let id = input[0].attr("id").await.ok().flatten().unwrap_or_default();
    let count = browser
        .wait_for_all(&format!("label[for=\"{id}\"] .atlas-facet__count"), 1)
        .await;
    count[0]
        .attr("data-count")
        .await
        .ok()
        .flatten()
        .and_then(|c| c.parse().ok())
        .unwrap_or(-1)
}

fn facet_count(results: &Results, facet: &str, value: &str) -> i64 {
    results
        .facet(facet)
        .and_then(|f| f.values.iter().find(|v| v.value == value))
        .map_or(0, |v| v.count)
}

/// Checks the list, the map and the total against the API for the page's query.
async fn list_map_and_total_agree(browser: &Browser, server: &AppServer) -> (String, Results) {
    let (query, api) = settled(browser, server).await;
    assert!(api.total > 0, "nothing found for {query}");

    // The list shows the first page of exactly the API's hits, in its order.
    let expected: Vec<String> = api.items.iter().map(|h| h.id.to_string()).collect();
    let started = std::time::Instant::now();
    loop {
        let items = browser
            .wait_for_all("#liste-resultats li.atlas-hit", 1)
            .await;
        let mut ids = Vec::new();
        for item in &items {
            ids.push(
                item.attr("data-project")
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            );
        }
        if ids == expected {
            break;
        }
        assert!(
            started.elapsed() < e2e::PATIENCE,
            "list {ids:?} != API {expected:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(api.items.len() as i64, api.total.min(api.per_page));

    // The map places every project found: one marker per country and kind, counts adding up.
    let layers = "cooperation_decentralisee,autre_action_exterieure";
    let layer: MarkerLayer = server
        .api(&format!(
            "/api/v1/map/markers?level=country&layers={layers}&{query}"
        ))
        .await;
    let placed: i64 = layer.features.iter().map(|f| f.properties.count).sum();
    assert_eq!(
        placed, api.total,
        "the map's markers count every project found"
    );
    browser
        .wait_for_all(&format!("#resume-carte[data-placed=\"{placed}\"]"), 1)
        .await;
    browser
        .wait_for_all(
            "#carte-resultats-map path.atlas-marker",
            layer.features.len(),
        )
        .await;
    let drawn = browser
        .client
        .find_all(Locator::Css("#carte-resultats-map path.atlas-marker"))
        .await
        .map(|v| v.len())
        .unwrap_or(0);
    assert_eq!(drawn, layer.features.len(), "one marker per feature");
    (query, api)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keywords_and_facets_agree_with_the_api_and_live_in_the_url() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let browser = Browser::start().await;
    browser.goto(&format!("{}/recherche", server.url)).await;

    // Keywords, submitted with Enter.
    let input = browser.wait_for_all("#recherche-mots-cles", 1).await;
    input[0]
        .send_keys("patrimoine\u{E007}")
        .await
        .unwrap_or_else(|e| panic!("type: {e}"));
    wait_url_change(&browser, "").await;
    let (query, first) = list_map_and_total_agree(&browser, &server).await;
    assert_eq!(query, "q=patrimoine");
    let hit = browser
        .wait_for_all("#liste-resultats li.atlas-hit mark", 1)
        .await;
    let marked = hit[0].text().await.unwrap_or_default().to_lowercase();
    assert!(marked.starts_with("patrimoine"), "highlighted: {marked}");

    // First facet: the kind. Its count on the page is the API's, and ticking it gives that
    // many results (one kind per project).
    let kind = "cooperation_decentralisee";
    let expected = facet_count(&first, "kind", kind);
    assert_eq!(shown_count(&browser, "kind", kind).await, expected);
    tick(&browser, "kind", kind).await;
    let (kind_query, after_kind) = list_map_and_total_agree(&browser, &server).await;
    assert_eq!(after_kind.total, expected);
    assert_eq!(kind_query, "kind=cooperation_decentralisee&q=patrimoine");

    // Second facet: the continent with the most results.
    let continent = after_kind
        .facet("continent")
        .and_then(|f| f.values.first())
        .map(|v| v.value.clone())
        .unwrap_or_else(|| panic!("no continent facet"));
    let expected = facet_count(&after_kind, "continent", &continent);
    assert_eq!(
        shown_count(&browser, "continent", &continent).await,
        expected
    );
    tick(&browser, "continent", &continent).await;
    let (query, both) = list_map_and_total_agree(&browser, &server).await;
    assert_eq!(both.total, expected);
    assert!(ticked(&browser, "kind", kind).await);
    assert!(ticked(&browser, "continent", &continent).await);

    // Reload: same URL, same state.
    browser
        .goto(&format!("{}/recherche?{query}", server.url))
        .await;
    let (again, reloaded) = list_map_and_total_agree(&browser, &server).await;
    assert_eq!(again, query);
    assert_eq!(reloaded.total, both.total);
    assert!(ticked(&browser, "kind", kind).await);
    assert!(ticked(&browser, "continent", &continent).await);
    let typed = browser.wait_for_all("#recherche-mots-cles", 1).await;
    assert_eq!(
        typed[0].prop("value").await.ok().flatten().as_deref(),
        Some("patrimoine")
    );

    // Back (a reload adds no history entry): the kind alone, then the keywords alone.
    browser
        .client
        .back()
        .await
        .unwrap_or_else(|e| panic!("back: {e}"));
    let (previous, restored) = settled(&browser, &server).await;
    assert_eq!(previous, kind_query);
    assert_eq!(restored.total, after_kind.total);
    assert!(ticked(&browser, "kind", kind).await);
    assert!(!ticked(&browser, "continent", &continent).await);
    browser
        .client
        .back()
        .await
        .unwrap_or_else(|e| panic!("back: {e}"));
    let (previous, restored) = settled(&browser, &server).await;
    assert_eq!(previous, "q=patrimoine");
    assert_eq!(restored.total, first.total);
    assert!(!ticked(&browser, "kind", kind).await);
    // Forward again.
    browser
        .client
        .forward()
        .await
        .unwrap_or_else(|e| panic!("forward: {e}"));
    let (next, _) = settled(&browser, &server).await;
    assert_eq!(next, kind_query);

    browser.screenshot("search").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_seed_crossed_question_finds_the_showcase_project() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let browser = Browser::start().await;
    // « Les coopérations décentralisées menées en Rhône-Alpes dans le domaine du patrimoine en
    // Inde, cofinancées par le MAE en 2009 ou par l'AFD. »
    let query = "kind=cooperation_decentralisee&region=84&theme=patrimoine&country=IN&financing=mae-daect:2009,afd";
    browser
        .goto(&format!("{}/recherche?{query}", server.url))
        .await;
    let (_, api) = list_map_and_total_agree(&browser, &server).await;
    for (facet, value) in [
        ("kind", "cooperation_decentralisee"),
        ("region", "84"),
        ("theme", "patrimoine"),
        ("country", "IN"),
        ("financing", "afd"),
        ("financing_year", "mae-daect:2009"),
    ] {
        assert!(
            ticked(&browser, facet, value).await,
            "{facet}={value} ticked"
        );
    }

    // The page lists a project that answers the question, checked on its own sheet: the
    // showcase heritage project co-financed by the ministry in 2009.
    let mut showcase = None;
    for hit in &api.items {
        let sheet: ProjectSheet = server.api(&format!("/api/v1/projects/{}", hit.id)).await;
        let coll: CollectiviteDetail = server
            .api(&format!("/api/v1/collectivites/{}", sheet.collectivite.id))
            .await;
        let answers = sheet.country.code == "IN"
            && sheet.themes.iter().any(|t| t.code == "patrimoine")
            && coll.region.as_ref().is_some_and(|r| r.code == "84")
            && sheet
                .financings
                .iter()
                .any(|f| f.source == "mae-daect" && f.year == 2009);
        if answers {
            showcase = Some(sheet.id);
        }
    }
    let id = showcase.unwrap_or_else(|| panic!("no showcase project in {:?}", api.items));
    let link = browser
        .wait_for_all(
            &format!("li.atlas-hit[data-project=\"{id}\"] a[href=\"/projets/{id}\"]"),
            1,
        )
        .await;
    link[0]
        .click()
        .await
        .unwrap_or_else(|e| panic!("open the sheet: {e}"));
    browser.wait_for_all("[data-page=\"projet\"]", 1).await;
    browser
        .client
        .back()
        .await
        .unwrap_or_else(|e| panic!("back: {e}"));
    settled(&browser, &server).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_header_box_and_suggestions_lead_to_criteria() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let browser = Browser::start().await;
    browser.goto(&format!("{}/", server.url)).await;

    // The header's box opens the search page with its keywords.
    let header = browser
        .wait_for_all("#recherche-entete-form-input", 1)
        .await;
    header[0]
        .send_keys("eau\u{E007}")
        .await
        .unwrap_or_else(|e| panic!("type: {e}"));
    browser
        .wait_for_all(
            "[data-page=\"recherche\"] #nombre-resultats[aria-busy=\"false\"]",
            1,
        )
        .await;
    assert_eq!(url_query(&browser).await, "q=eau");
    settled(&browser, &server).await;

    // A suggestion becomes a criterion; the keywords stay.
    let input = browser.wait_for_all("#recherche-mots-cles", 1).await;
    input[0]
        .clear()
        .await
        .unwrap_or_else(|e| panic!("clear: {e}"));
    input[0]
        .send_keys("Inde")
        .await
        .unwrap_or_else(|e| panic!("type: {e}"));
    let option = browser
        .wait_for_all(
            "#recherche-suggestions li[data-param=\"country\"][data-value=\"IN\"]",
            1,
        )
        .await;
    option[0]
        .click()
        .await
        .unwrap_or_else(|e| panic!("choose: {e}"));
    wait_url_change(&browser, "q=eau").await;
    let (query, api) = settled(&browser, &server).await;
    assert_eq!(query, "country=IN&q=eau");
    assert!(ticked(&browser, "country", "IN").await);
    let tag = browser
        .wait_for_text("button[data-criterion=\"country\"]", |t| !t.is_empty())
        .await;
    assert!(tag.contains("Inde"), "{tag}");
    assert!(api.total <= facet_count(&api, "country", "IN"));
    browser.close().await;
}
