//! Sessions end when they must (disabled account, password change or reset), brute force is
//! locked out and throttled without revealing accounts, and every response carries the
//! security headers and the CORS policy.

use std::time::Duration;

use atlas_api::limits::RateLimit;
use atlas_db::testing::{Content, sqlite};
use atlas_domain::{Problem, Role};
use reqwest::Method;
use serde_json::json;

use super::PASSWORD;
use crate::helpers::{TestApp, spawn_apps};

#[actix_web::test]
async fn a_disabled_account_stops_at_once() {
    for app in spawn_apps(Content::Reference) {
        let admin = app
            .token_of("admin@daect.test", Role::Admin, &[], None, None)
            .await;
        let id = app.user("op@afd.test", Role::Operateur, &[], None, None);
        let pair = app.login("op@afd.test").await;
        let me = app
            .call(Method::GET, "/api/v1/me", None, Some(&pair.access_token))
            .await;
        assert_eq!(me.status(), 200);
        let r = app
            .post(
                &format!("/api/v1/admin/users/{id}/disabling"),
                &json!({}),
                Some(&admin),
            )
            .await;
        assert_eq!(r.status(), 200);
        let me = app
            .call(Method::GET, "/api/v1/me", None, Some(&pair.access_token))
            .await;
        assert_eq!(me.status(), 401, "the access token stops working at once");
        assert_eq!(me.headers()["www-authenticate"], "Bearer");
        let r = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": pair.refresh_token}),
                None,
            )
            .await;
        assert_eq!(r.status(), 401);
        let r = app
            .post(
                &format!("/api/v1/admin/users/{id}/enabling"),
                &json!({}),
                Some(&admin),
            )
            .await;
        assert_eq!(r.status(), 200);
        app.login("op@afd.test").await;
    }
}

#[actix_web::test]
async fn repeated_failures_lock_the_account_without_telling_who_exists() {
    for app in spawn_apps(Content::Reference) {
        app.user("op@afd.test", Role::Operateur, &[], None, None);
        let wrong = json!({"email": "op@afd.test", "password": "not the password!"});
        let mut details = Vec::new();
        for _ in 0..5 {
            let r = app.post("/api/v1/auth/login", &wrong, None).await;
            assert_eq!(r.status(), 401);
            details.push(r.json::<Problem>().await.unwrap().detail);
        }
        let right = json!({"email": "op@afd.test", "password": PASSWORD});
        let locked = app.post("/api/v1/auth/login", &right, None).await;
        assert_eq!(locked.status(), 401, "locked even with the right password");
        let unknown = app
            .post(
                "/api/v1/auth/login",
                &json!({"email": "nobody@nowhere.test", "password": PASSWORD}),
                None,
            )
            .await;
        assert_eq!(unknown.status(), 401);
        let unknown: Problem = unknown.json().await.unwrap();
        assert_eq!(
            Some(unknown.detail),
            details.first().cloned(),
            "same answer for an unknown address"
        );
    }
}

#[actix_web::test]
async fn a_password_reset_sets_the_password_and_ends_sessions() {
    for app in spawn_apps(Content::Reference) {
        app.user("agent@mairie.test", Role::Operateur, &[], None, None);
        let pair = app.login("agent@mairie.test").await;
        let r = app
            .post(
                "/api/v1/auth/password-reset-requests",
                &json!({"email": "agent@mairie.test"}),
                None,
            )
            .await;
        assert_eq!(r.status(), 202);
        let r = app
            .post(
                "/api/v1/auth/password-reset-requests",
                &json!({"email": "nobody@nowhere.test"}),
                None,
            )
            .await;
        assert_eq!(r.status(), 202, "the same answer for an unknown address");
        assert!(
            app.emails("nobody@nowhere.test", "reset_password")
                .is_empty()
        );
        let token = app.mailed_token("agent@mairie.test", "reset_password");
        let new = "un tout nouveau mot de passe";
        let r = app
            .post(
                "/api/v1/auth/password-resets",
                &json!({"token": token, "password": new}),
                None,
            )
            .await;
        assert_eq!(r.status(), 204);
        let r = app
            .post(
                "/api/v1/auth/password-resets",
                &json!({"token": token, "password": new}),
                None,
            )
            .await;
        super::assert_names_field(r, 400, "token").await;
        let r = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": pair.refresh_token}),
                None,
            )
            .await;
        assert_eq!(r.status(), 401, "sessions ended");
        let r = app
            .post(
                "/api/v1/auth/login",
                &json!({"email": "agent@mairie.test", "password": new}),
                None,
            )
            .await;
        assert_eq!(r.status(), 200);
        let access = r
            .json::<atlas_domain::TokenPair>()
            .await
            .unwrap()
            .access_token;
        let wrong =
            json!({"current_password": "pas le bon mot de passe", "new_password": PASSWORD});
        let r = app
            .call(
                Method::PUT,
                "/api/v1/me/password",
                Some(&wrong),
                Some(&access),
            )
            .await;
        super::assert_names_field(r, 422, "current_password").await;
        let right = json!({"current_password": new, "new_password": PASSWORD});
        let r = app
            .call(
                Method::PUT,
                "/api/v1/me/password",
                Some(&right),
                Some(&access),
            )
            .await;
        assert_eq!(r.status(), 204);
        app.login("agent@mairie.test").await;
    }
}

#[actix_web::test]
async fn login_brute_force_is_throttled_per_address() {
    let limit = RateLimit {
        burst: 3,
        period: Duration::from_secs(60),
    };
    let app = TestApp::spawn_limited(sqlite(Content::Reference), None, limit);
    let wrong = json!({"email": "x@y.test", "password": "not the password!"});
    for _ in 0..3 {
        assert_eq!(
            app.post("/api/v1/auth/login", &wrong, None).await.status(),
            401
        );
    }
    let throttled = app.post("/api/v1/auth/login", &wrong, None).await;
    assert_eq!(throttled.status(), 429);
    assert!(throttled.headers().contains_key("retry-after"));
    assert_eq!(
        throttled.headers()["content-type"],
        "application/problem+json"
    );
    // Reads are not limited.
    assert_eq!(
        app.get("/api/v1/reference/entities?q=pa").await.status(),
        200
    );
}

#[actix_web::test]
async fn responses_carry_security_headers_and_cors_opens_reads_only() {
    let app = TestApp::spawn(sqlite(Content::Reference), None);
    for path in [
        "/api/v1/reference/entities?q=pa",
        "/api/v1/nope",
        "/healthz",
    ] {
        let r = app.get(path).await;
        let h = r.headers();
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("'wasm-unsafe-eval'")
        );
        assert_eq!(h["x-frame-options"], "DENY");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
    }
    let url = format!("{}/api/v1/stats", app.address);
    let read = app
        .client
        .get(&url)
        .header("Origin", "https://ailleurs.example")
        .send()
        .await
        .unwrap();
    assert_eq!(read.headers()["access-control-allow-origin"], "*");
    let preflight = |method: &'static str, headers: Option<&'static str>| {
        let mut r = app
            .client
            .request(Method::OPTIONS, &url)
            .header("Origin", "https://ailleurs.example")
            .header("Access-Control-Request-Method", method);
        if let Some(h) = headers {
            r = r.header("Access-Control-Request-Headers", h);
        }
        r.send()
    };
    let ok = preflight("GET", None).await.unwrap();
    assert!(ok.status().is_success());
    let post = preflight("POST", Some("content-type")).await.unwrap();
    assert!(
        !post.headers().contains_key("access-control-allow-origin") || !post.status().is_success()
    );
    let credentialed = preflight("GET", Some("authorization")).await.unwrap();
    assert!(
        !credentialed.status().is_success(),
        "no Authorization header cross-origin"
    );
}
