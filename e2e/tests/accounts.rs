//! Accounts in a real Chromium, the whole journey of a new collectivité agent: the account
//! request for a commune not yet in the Atlas, the confirmation link read from the outbox, the
//! validation by an administrator in `/admin/demandes`, the first login, a search and its map
//! saved from `/recherche`, logout, login again, and both reopened from `/mon-espace` with the
//! same criteria, results, map view and layers.

use atlas_db::testing::Content;
use atlas_domain::{Email, Entity, EntityKind, Items, Page, TokenPair};
use e2e::{AppServer, Browser, PATIENCE, browser_tests_enabled};
use fantoccini::Locator;

const ADMIN_EMAIL: &str = "admin@atlas.test";
const ADMIN_PASSWORD: &str = "mot de passe de l'administration";
const AGENT_EMAIL: &str = "camille.nouvelle@mairie.test";
const AGENT_PASSWORD: &str = "une phrase de passe solide";
/// The layer the agent hides before saving the map.
const HIDDEN_LAYER: &str = "autre_action_exterieure";

/// Types `text` into the first `css` element (emptied first).
async fn fill(browser: &Browser, css: &str, text: &str) {
    let found = browser.wait_for_all(css, 1).await;
    let _ = found[0].clear().await;
    found[0]
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

/// Clicks the first `css` element.
async fn click(browser: &Browser, css: &str) {
    let found = browser.wait_for_all(css, 1).await;
    found[0]
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Waits until the page's path is `path`; returns the query string.
async fn wait_path(browser: &Browser, path: &str) -> String {
    let started = std::time::Instant::now();
    loop {
        if let Ok(url) = browser.client.current_url().await
            && url.path() == path
        {
            return url.query().unwrap_or_default().to_owned();
        }
        assert!(started.elapsed() < PATIENCE, "never reached {path}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Logs in on `/connexion` (already open, or opened here) and waits for the header to say so.
async fn sign_in(browser: &Browser, server: &AppServer, email: &str, password: &str, open: bool) {
    if open {
        browser.goto(&format!("{}/connexion", server.url)).await;
    }
    wait_path(browser, "/connexion").await;
    fill(browser, "#form-connexion #email", email).await;
    fill(browser, "#form-connexion #password", password).await;
    click(browser, "#form-connexion button[type=\"submit\"]").await;
    browser.wait_for_all("[data-auth=\"logout\"]", 1).await;
}

/// Logs out with the header's button.
async fn sign_out(browser: &Browser) {
    click(browser, "[data-auth=\"logout\"]").await;
    browser.wait_for_all("[data-auth=\"login\"]", 1).await;
}

/// The value of attribute `name` of the first `css` element, once it has one.
async fn attribute(browser: &Browser, css: &str, name: &str) -> String {
    let started = std::time::Instant::now();
    loop {
        if let Ok(e) = browser.client.find(Locator::Css(css)).await
            && let Ok(Some(value)) = e.attr(name).await
        {
            return value;
        }
        assert!(started.elapsed() < PATIENCE, "no {name} on {css}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// A commune of the reference data that the Atlas has no collectivité for, and that the
/// picker proposes when its whole name is typed (among the first 12 collectivités, as the app
/// asks: 50 entities of every kind, countries dropped).
async fn commune_not_in_atlas(server: &AppServer) -> Entity {
    for prefix in ["Saint", "Le", "La", "Mont", "Ville"] {
        let found: Items<Entity> = server
            .api(&format!(
                "/api/v1/reference/entities?q={prefix}&kind=commune&limit=50"
            ))
            .await;
        for candidate in found.items.into_iter().filter(|e| !e.in_atlas) {
            let named: Items<Entity> = server
                .api(&format!(
                    "/api/v1/reference/entities?q={}&limit=50",
                    candidate.name.replace(' ', "%20")
                ))
                .await;
            let proposed = named
                .items
                .iter()
                .filter(|e| e.kind != EntityKind::Country)
                .take(12)
                .any(|e| e.code == candidate.code && e.kind == EntityKind::Commune);
            if proposed {
                return candidate;
            }
        }
    }
    panic!("no commune outside the Atlas that the picker proposes");
}

/// The confirmation link e-mailed to `to`, read from the outbox as the administrator.
async fn confirmation_link(server: &AppServer, to: &str) -> String {
    let http = reqwest::Client::new();
    let pair: TokenPair = http
        .post(format!("{}/api/v1/auth/login", server.url))
        .json(&serde_json::json!({ "email": ADMIN_EMAIL, "password": ADMIN_PASSWORD }))
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .unwrap_or_else(|e| panic!("admin login: {e}"))
        .json()
        .await
        .unwrap_or_else(|e| panic!("admin login: {e}"));
    let outbox: Page<Email> = http
        .get(format!(
            "{}/api/v1/admin/outbox?kind=confirm_email&to={to}",
            server.url
        ))
        .bearer_auth(&pair.access_token)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .unwrap_or_else(|e| panic!("outbox: {e}"))
        .json()
        .await
        .unwrap_or_else(|e| panic!("outbox: {e}"));
    let mail = outbox
        .items
        .iter()
        .find(|m| m.to == to)
        .unwrap_or_else(|| panic!("no confirmation e-mail to {to}"));
    let start = mail
        .body_text
        .find("/compte/confirmer?jeton=")
        .unwrap_or_else(|| panic!("no link in {}", mail.body_text));
    mail.body_text[start..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The results total the search page shows once settled.
async fn shown_total(browser: &Browser) -> String {
    attribute(
        browser,
        "#nombre-resultats[aria-busy=\"false\"]",
        "data-total",
    )
    .await
}

/// Saves what the `data-save` button `what` saves, under the proposed name.
async fn save_from_search(browser: &Browser, what: &str, confirmation: &str) {
    click(browser, &format!("[data-save=\"{what}\"]")).await;
    click(
        browser,
        &format!("[data-save-form=\"{what}\"] button[type=\"submit\"]"),
    )
    .await;
    browser
        .wait_for_text("[data-saved]", |t| t.contains(confirmation))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_agent_requests_an_account_is_validated_and_finds_saved_searches_and_maps_again() {
    if !browser_tests_enabled() {
        return;
    }
    let server = AppServer::start(Content::Demo);
    server.create_admin(ADMIN_EMAIL, ADMIN_PASSWORD);
    let commune = commune_not_in_atlas(&server).await;
    let browser = Browser::start().await;

    // 1. The account request, picking the commune in the type-ahead.
    browser
        .goto(&format!("{}/compte/demande", server.url))
        .await;
    fill(&browser, "#entity", &commune.name).await;
    let option = format!("button[data-entity-code=\"{}\"]", commune.code);
    browser
        // The DSFR badge is upper-cased by its style.
        .wait_for_text(&option, |t| {
            t.to_lowercase().contains("pas encore dans l'atlas")
        })
        .await;
    click(&browser, &option).await;
    browser
        .wait_for_all(&format!("[data-chosen-entity=\"{}\"]", commune.code), 1)
        .await;
    fill(&browser, "#first_name", "Camille").await;
    fill(&browser, "#last_name", "Nouvelle").await;
    fill(&browser, "#email", AGENT_EMAIL).await;
    fill(&browser, "#password", AGENT_PASSWORD).await;
    fill(&browser, "#password_confirmation", AGENT_PASSWORD).await;
    browser.screenshot("compte-demande").await;
    click(&browser, "#form-demande-compte button[type=\"submit\"]").await;
    browser
        .wait_for_text("[data-request-sent]", |t| t.contains(AGENT_EMAIL))
        .await;

    // 2. The link of the confirmation e-mail, opened in the browser.
    let link = confirmation_link(&server, AGENT_EMAIL).await;
    browser.goto(&format!("{}{link}", server.url)).await;
    browser
        .wait_for_text("[data-confirmed=\"\"]", |t| t.contains("validation"))
        .await;
    browser.screenshot("compte-confirme").await;

    // 3. The administrator, sent to the login page first, validates the request.
    browser
        .goto(&format!("{}/admin/demandes", server.url))
        .await;
    let back = wait_path(&browser, "/connexion").await;
    assert_eq!(back, "retour=%2Fadmin%2Fdemandes");
    browser.screenshot("connexion").await;
    sign_in(&browser, &server, ADMIN_EMAIL, ADMIN_PASSWORD, false).await;
    wait_path(&browser, "/admin/demandes").await;
    let card = format!("article[data-email=\"{AGENT_EMAIL}\"]");
    browser
        .wait_for_text(&card, |t| t.contains(&commune.name))
        .await;
    browser.screenshot("admin-demandes").await;
    click(&browser, &format!("{card} button[data-action=\"approve\"]")).await;
    browser
        .wait_for_text("[data-notice]", |t| t.contains("validé"))
        .await;
    sign_out(&browser).await;
    wait_path(&browser, "/").await;

    // 4. The new agent logs in and lands in their space, acting for the commune.
    sign_in(&browser, &server, AGENT_EMAIL, AGENT_PASSWORD, true).await;
    wait_path(&browser, "/mon-espace").await;
    browser
        .wait_for_text("[data-profile]", |t| t.contains(&commune.name))
        .await;

    // 5. A search, saved; its map moved, a layer hidden, saved.
    browser
        .goto(&format!("{}/recherche?q=eau", server.url))
        .await;
    let total = shown_total(&browser).await;
    save_from_search(&browser, "search", "La recherche").await;
    let map = "#carte-resultats-map";
    let framed = attribute(&browser, &format!("{map}[data-view]"), "data-view").await;
    click(&browser, &format!("{map} .leaflet-control-zoom-in")).await;
    let started = std::time::Instant::now();
    let view = loop {
        let now = attribute(&browser, map, "data-view").await;
        if now != framed {
            break now;
        }
        assert!(started.elapsed() < PATIENCE, "the map did not zoom");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let layer = format!("carte-resultats-map-couche-{HIDDEN_LAYER}");
    click(&browser, &format!("label[for=\"{layer}\"]")).await;
    save_from_search(&browser, "map", "La carte").await;
    browser.screenshot("recherche-enregistree").await;

    // 6. Logout, login again: both are in the space and reopen as they were.
    sign_out(&browser).await;
    sign_in(&browser, &server, AGENT_EMAIL, AGENT_PASSWORD, true).await;
    wait_path(&browser, "/mon-espace").await;
    browser.wait_for_all("tr[data-saved-search]", 2).await;
    browser.screenshot("mon-espace").await;

    click(&browser, "tr[data-kind=\"search\"] a[data-action=\"open\"]").await;
    let query = wait_path(&browser, "/recherche").await;
    assert_eq!(query, "q=eau");
    assert_eq!(shown_total(&browser).await, total);

    click(&browser, "[data-auth=\"my-space\"]").await;
    wait_path(&browser, "/mon-espace").await;
    click(&browser, "tr[data-kind=\"map\"] a[data-action=\"open\"]").await;
    let query = wait_path(&browser, "/recherche").await;
    assert!(query.starts_with("q=eau&carte="), "{query}");
    assert_eq!(shown_total(&browser).await, total);
    browser
        .wait_for_all(&format!("{map}[data-view=\"{view}\"]"), 1)
        .await;
    let checkbox = browser.wait_for_all(&format!("#{layer}"), 1).await;
    let checked = checkbox[0].prop("checked").await.ok().flatten();
    assert_eq!(
        checked.as_deref(),
        Some("false"),
        "the hidden layer stays hidden ({query})"
    );
    browser.close().await;
}
