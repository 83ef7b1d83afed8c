//! `TestApp`: the real server on a free port over a fresh database, with one method per endpoint.

use std::net::TcpListener;

use atlas_api::limits::RateLimit;
use atlas_api::{AppState, ServerConfig};
use atlas_db::Backend;
use atlas_db::testing::{Content, TestDb, each_backend};
use serde::de::DeserializeOwned;

pub struct TestApp {
    pub address: String,
    pub backend: Backend,
    pub client: reqwest::Client,
    pub db: TestDb,
}

impl TestApp {
    /// Serves `test_db` (and the app from `static_dir`, if any) on a free port, without rate
    /// limits.
    pub fn spawn(test_db: TestDb, static_dir: Option<std::path::PathBuf>) -> TestApp {
        Self::spawn_limited(test_db, static_dir, RateLimit::unlimited())
    }

    /// [`TestApp::spawn`] with a rate limit on the public writes.
    pub fn spawn_limited(
        test_db: TestDb,
        static_dir: Option<std::path::PathBuf>,
        rate_limit: RateLimit,
    ) -> TestApp {
        let state = AppState::new(test_db.open());
        Self::spawn_state(test_db, state, static_dir, rate_limit)
    }

    /// [`TestApp::spawn`] of a server that keeps no answer (`atlas serve --no-answer-cache`).
    pub fn spawn_without_answer_cache(test_db: TestDb) -> TestApp {
        let state = AppState::new(test_db.open()).without_answer_cache();
        Self::spawn_state(test_db, state, None, RateLimit::unlimited())
    }

    fn spawn_state(
        test_db: TestDb,
        state: AppState,
        static_dir: Option<std::path::PathBuf>,
        rate_limit: RateLimit,
    ) -> TestApp {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        let port = listener.local_addr().expect("local address").port();
        let server = atlas_api::serve(
            listener,
            state,
            ServerConfig {
                static_dir,
                workers: Some(2),
                rate_limit,
            },
        )
        .expect("start the server");
        actix_web::rt::spawn(server);
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            backend: test_db.backend,
            client: reqwest::Client::new(),
            db: test_db,
        }
    }

    /// Sends a request and checks the response against the OpenAPI contract (see
    /// `contract.rs`) before handing it back. Every API test should go through here.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> reqwest::Response {
        let request = request.build().expect("a valid request");
        let (method, url) = (request.method().to_string(), request.url().to_string());
        let response = self
            .client
            .execute(request)
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = response.status();
        let headers = response.headers().clone();
        let version = response.version();
        let body = response
            .bytes()
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: body: {e}"));
        let content_type = headers.get("content-type").and_then(|v| v.to_str().ok());
        crate::contract::check(&method, &url, status.as_u16(), content_type, &body);
        let mut rebuilt = http::Response::new(body);
        *rebuilt.status_mut() = status;
        *rebuilt.headers_mut() = headers;
        *rebuilt.version_mut() = version;
        reqwest::Response::from(rebuilt)
    }

    /// A request builder for `path` on this app (send it with [`TestApp::send`]).
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, format!("{}{path}", self.address))
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.send(self.request(reqwest::Method::GET, path)).await
    }

    /// GETs `path`, asserts a 200, and decodes the JSON body.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "{:?} GET {path}", self.backend);
        response
            .json()
            .await
            .unwrap_or_else(|e| panic!("GET {path}: body: {e}"))
    }
}

/// Asserts that `response` is a problem+json 400 naming exactly `fields`.
pub async fn assert_bad_fields(response: reqwest::Response, fields: &[&str]) {
    assert_eq!(response.status(), 400);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: atlas_domain::Problem = response.json().await.expect("problem body");
    let named: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(named, fields, "{problem:?}");
}

/// One app per available backend, each on its own fresh database.
pub fn spawn_apps(content: Content) -> Vec<TestApp> {
    each_backend(content)
        .into_iter()
        .map(|db| TestApp::spawn(db, None))
        .collect()
}
