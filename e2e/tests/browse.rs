//! Public browsing in a real Chromium: down the world access (continent → country → partner
//! → project) and the France access (région → département → collectivité → project) by
//! clicking the links a visitor clicks, and the country map's markers, popups and layer toggles.
#![expect(
    clippy::expect_used,
    reason = "a browser test fails loudly with context"
)]

use atlas_db::testing::Content;
use atlas_domain::{
    CollectiviteDetail, ContinentDetail, CountryDetail, DepartementDetail, Figures, MarkerKind,
    MarkerLayer, PartnerDetail, ProjectSheet, RegionDetail,
};
use e2e::{AppServer, Browser, browser_tests_enabled};

/// Clicks the first element matching `css` (a router link), waits for the page `page` to show
/// a title, and returns the link's target and the page's `<h1>`.
async fn follow(browser: &Browser, css: &str, page: &str) -> (String, String) {
    let links = browser.wait_for_all(css, 1).await;
    let href = links[0]
        .attr("href")
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("`{css}` has no href"));
    links[0]
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
    let h1 = browser
        .wait_for_text(&format!("[data-page=\"{page}\"] h1"), |t| !t.is_empty())
        .await;
    let url = browser.client.current_url().await.expect("current URL");
    assert_eq!(url.path(), href, "the link led where it said");
    (href, h1)
}

/// Waits for the key figures of `page` to show the API's project count (French formatting aside).
async fn figures_shown(browser: &Browser, page: &str, figures: &Figures) {
    let css = format!("[data-page=\"{page}\"] [data-figure=\"projects\"]");
    let want = figures.projects.to_string();
    browser
        .wait_for_text(&css, |t| {
            t.chars().filter(char::is_ascii_digit).collect::<String>() == want
        })
        .await;
}

/// [`follow`]s a link, then reads from `api` the resource it led to (`{api}/{last segment}`).
async fn visit<T: serde::de::DeserializeOwned>(
    browser: &Browser,
    server: &AppServer,
    css: &str,
    page: &str,
    api: &str,
) -> (T, String) {
    let (href, h1) = follow(browser, css, page).await;
    let id = href.rsplit('/').next().unwrap_or_default();
    (server.api(&format!("{api}/{id}")).await, h1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn world_access_leads_from_the_world_to_a_continent_a_country_a_partner_and_a_project() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let browser = Browser::start().await;
    browser.goto(&format!("{}/monde", server.url)).await;
    figures_shown(
        &browser,
        "monde",
        &server.api::<Figures>("/api/v1/figures").await,
    )
    .await;
    let (continent, h1): (ContinentDetail, String) = visit(
        &browser,
        &server,
        "[data-page=\"monde\"] a[href=\"/continents/afrique\"]",
        "continent",
        "/api/v1/continents",
    )
    .await;
    assert!(h1.contains("Afrique"), "{h1}");
    figures_shown(&browser, "continent", &continent.figures).await;
    let busiest = continent
        .countries
        .iter()
        .max_by_key(|c| c.projects)
        .expect("an African country with projects");

    let (country, h1): (CountryDetail, String) = visit(
        &browser,
        &server,
        &format!(
            "[data-page=\"continent\"] a[href=\"/pays/{}\"]",
            busiest.code
        ),
        "pays",
        "/api/v1/countries",
    )
    .await;
    assert!(h1.contains(&country.name_fr), "{h1}");

    let (partner, h1): (PartnerDetail, String) = visit(
        &browser,
        &server,
        "tr[data-partner] a[href^=\"/partenaires/\"]",
        "partenaire",
        "/api/v1/partners",
    )
    .await;
    assert!(h1.contains(&partner.name), "{h1}");
    assert_eq!(partner.country.code, country.code);

    let (project, h1): (ProjectSheet, String) = visit(
        &browser,
        &server,
        "li.atlas-project a[href^=\"/projets/\"]",
        "projet",
        "/api/v1/projects",
    )
    .await;
    assert!(h1.contains(&project.title), "{h1}");
    browser
        .wait_for_all(
            &format!(
                "[data-page=\"projet\"] a[href=\"/partenaires/{}\"]",
                partner.id
            ),
            1,
        )
        .await;
    browser.screenshot("project").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn france_access_leads_from_france_to_a_region_a_departement_a_collectivite_and_a_project() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    let browser = Browser::start().await;
    browser.goto(&format!("{}/france", server.url)).await;
    figures_shown(
        &browser,
        "france",
        &server.api::<Figures>("/api/v1/figures").await,
    )
    .await;
    // Auvergne-Rhône-Alpes (84): a région with many collectivités in the demo data.
    let (region, h1): (RegionDetail, String) = visit(
        &browser,
        &server,
        "[data-page=\"france\"] a[href=\"/regions/84\"]",
        "region",
        "/api/v1/regions",
    )
    .await;
    assert!(h1.contains(&region.name), "{h1}");
    let departement = region
        .departements
        .iter()
        .max_by_key(|d| d.projects)
        .expect("a département with projects");
    browser.screenshot("region").await;

    let (dep, h1): (DepartementDetail, String) = visit(
        &browser,
        &server,
        &format!(
            "[data-page=\"region\"] a[href=\"/departements/{}\"]",
            departement.code
        ),
        "departement",
        "/api/v1/departements",
    )
    .await;
    assert!(h1.contains(&dep.name), "{h1}");

    let (collectivite, h1): (CollectiviteDetail, String) = visit(
        &browser,
        &server,
        "tr[data-collectivite] a[href^=\"/collectivites/\"]",
        "collectivite",
        "/api/v1/collectivites",
    )
    .await;
    assert!(h1.contains(&collectivite.name), "{h1}");
    browser.screenshot("collectivite").await;

    let (project, h1): (ProjectSheet, String) = visit(
        &browser,
        &server,
        "li.atlas-project a[href^=\"/projets/\"]",
        "projet",
        "/api/v1/projects",
    )
    .await;
    assert!(h1.contains(&project.title), "{h1}");
    assert!(
        project.collectivite.id == collectivite.id
            || project
                .co_collectivites
                .iter()
                .any(|c| c.id == collectivite.id),
        "the project is one of the collectivité's"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn country_map_markers_open_popups_that_lead_to_partners_and_layers_toggle() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    // A country whose partner layer has the three colours.
    let africa: ContinentDetail = server.api("/api/v1/continents/afrique").await;
    let mut chosen = None;
    let mut by_projects = africa.countries.clone();
    by_projects.sort_by_key(|c| std::cmp::Reverse(c.projects));
    for c in by_projects.iter().take(15) {
        let layer: MarkerLayer = server
            .api(&format!(
                "/api/v1/map/markers?level=partner&country={}",
                c.code
            ))
            .await;
        if MarkerKind::ALL
            .iter()
            .all(|k| layer.features.iter().any(|f| f.properties.kind == *k))
        {
            chosen = Some((c.code.clone(), layer));
            break;
        }
    }
    let (code, layer) = chosen.expect("an African country with the three kinds of markers");
    let browser = Browser::start().await;
    let page = format!("{}/pays/{code}", server.url);

    for kind in MarkerKind::ALL {
        browser.goto(&page).await;
        let css = format!("#atlas-map path.atlas-marker--{}", kind.as_str());
        let markers = browser.wait_for_all(&css, 1).await;
        browser.click_js(&markers[0]).await;
        let popup = browser
            .wait_for_text(".leaflet-popup-content", |t| !t.is_empty())
            .await;
        let link = browser
            .wait_for_all(".leaflet-popup-content a[href]", 1)
            .await;
        let href = link[0]
            .attr("href")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        assert!(
            layer
                .features
                .iter()
                .any(|f| f.properties.kind == *kind && f.properties.href == href),
            "{kind:?}: popup link {href} is one of the layer's places ({popup})"
        );
        link[0].click().await.expect("follow the popup link");
        if let Some(anchor) = href.strip_prefix(&format!("/pays/{code}#")) {
            // A requesting authority that has no French partner yet: its request on the
            // country page.
            browser
                .wait_for_all(&format!("[data-page=\"pays\"] #{anchor}"), 1)
                .await;
        } else {
            assert!(href.starts_with("/partenaires/"), "{href}");
            let h1 = browser
                .wait_for_text("[data-page=\"partenaire\"] h1", |t| !t.is_empty())
                .await;
            assert!(
                popup.contains(h1.trim()),
                "{kind:?}: popup {popup:?} vs page {h1:?}"
            );
        }
    }

    // Each toggle hides its colour only, and shows it again.
    browser.goto(&page).await;
    for kind in MarkerKind::ALL {
        browser
            .wait_for_all(
                &format!("#atlas-map path.atlas-marker--{}", kind.as_str()),
                1,
            )
            .await;
    }
    for kind in MarkerKind::ALL {
        let css = format!("#atlas-map path.atlas-marker--{}", kind.as_str());
        let toggle = browser
            .wait_for_all(&format!("input[data-layer=\"{}\"]", kind.as_str()), 1)
            .await;
        toggle[0].click().await.expect("uncheck the layer");
        browser.wait_for_none(&css).await;
        for other in MarkerKind::ALL.iter().filter(|k| *k != kind) {
            browser
                .wait_for_all(
                    &format!("#atlas-map path.atlas-marker--{}", other.as_str()),
                    1,
                )
                .await;
        }
        toggle[0].click().await.expect("check the layer again");
        browser.wait_for_all(&css, 1).await;
    }
    browser.screenshot("country").await;
    browser.close().await;
}
