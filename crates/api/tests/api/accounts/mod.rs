//! Accounts (issue 5): fixtures and request helpers shared by the account tests and the
//! authorization matrix. Fixture users are written directly in the database; everything
//! else goes through the API (and so through the contract check).

mod bad_input;
mod flow;
mod saved;
mod security;

use std::sync::LazyLock;

use atlas_db::fixtures::{TestUser, insert_user};
use atlas_db::journal::outbox;
use atlas_domain::{AccountStatus, Paging, Role, TokenPair};
use reqwest::Method;
use serde_json::Value;

use crate::helpers::TestApp;

/// The password of every fixture user.
pub const PASSWORD: &str = "mot de passe très sûr";

static PASSWORD_HASH: LazyLock<String> =
    LazyLock::new(|| atlas_accounts::password::hash(PASSWORD).expect("hash"));

impl TestApp {
    pub fn conn(&self) -> atlas_db::DbConn {
        self.db.open().conn().expect("a connection")
    }

    /// Sends `method path` with an optional JSON body and bearer token (contract-checked).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        token: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self.request(method, path);
        if let Some(body) = body {
            request = request.json(body);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(request).await
    }

    pub async fn post(&self, path: &str, body: &Value, token: Option<&str>) -> reqwest::Response {
        self.call(Method::POST, path, Some(body), token).await
    }

    /// An active user of `role` with the fixture password; its id.
    pub fn user(
        &self,
        email: &str,
        role: Role,
        collectivites: &[i32],
        country: Option<&str>,
        region: Option<&str>,
    ) -> i32 {
        let user = TestUser {
            email,
            password_hash: &PASSWORD_HASH,
            role,
            status: AccountStatus::Active,
            collectivites,
            country_code: country,
            region_code: region,
        };
        insert_user(&mut self.conn(), &user).expect("insert user")
    }

    /// Logs in with the fixture password.
    pub async fn login(&self, email: &str) -> TokenPair {
        let body = serde_json::json!({ "email": email, "password": PASSWORD });
        let response = self.post("/api/v1/auth/login", &body, None).await;
        assert_eq!(response.status(), 200, "login {email}");
        response.json().await.expect("token pair")
    }

    /// The access token of a new active user of `role`.
    pub async fn token_of(
        &self,
        email: &str,
        role: Role,
        collectivites: &[i32],
        country: Option<&str>,
        region: Option<&str>,
    ) -> String {
        self.user(email, role, collectivites, country, region);
        self.login(email).await.access_token
    }

    /// The e-mails of `kind` sent to `to`, newest first.
    pub fn emails(&self, to: &str, kind: &str) -> Vec<atlas_domain::Email> {
        let paging = Paging {
            page: 1,
            per_page: 50,
            sort: None,
        };
        outbox::list(&mut self.conn(), Some(to), Some(kind), &paging)
            .expect("outbox")
            .0
    }

    /// The token of the newest e-mail of `kind` sent to `to` (the `jeton` of its link).
    pub fn mailed_token(&self, to: &str, kind: &str) -> String {
        let emails = self.emails(to, kind);
        let body = &emails
            .first()
            .unwrap_or_else(|| panic!("no {kind} e-mail to {to}"))
            .body_text;
        let start = body.find("jeton=").expect("a link with a token") + "jeton=".len();
        body[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }

    /// Some collectivités of the demo dataset with their région: `(id, region)`.
    pub fn collectivites(&self, n: i64) -> Vec<(i32, String)> {
        use atlas_db::schema::collectivites as c;
        use diesel::prelude::*;
        let query = c::table
            .filter(c::region_code.is_not_null())
            .order(c::id)
            .limit(n)
            .select((c::id, c::region_code.assume_not_null()));
        match &mut self.conn() {
            atlas_db::DbConn::Sqlite(conn) => query.load(&mut **conn),
            atlas_db::DbConn::Pg(conn) => query.load(&mut **conn),
        }
        .expect("collectivités")
    }

    /// Rows in the tables that writes touch, to check that a refused write wrote nothing.
    pub fn write_counts(&self) -> [i64; 6] {
        use atlas_db::schema::*;
        use diesel::prelude::*;
        macro_rules! counts {
            ($c:expr) => {
                [
                    users::table.count().get_result($c),
                    saved_searches::table.count().get_result($c),
                    saved_exports::table.count().get_result($c),
                    email_outbox::table.count().get_result($c),
                    user_collectivites::table.count().get_result($c),
                    bourse_requests::table
                        .filter(bourse_requests::status.eq("submitted"))
                        .count()
                        .get_result($c),
                ]
                .map(|n: QueryResult<i64>| n.expect("count"))
            };
        }
        match &mut self.conn() {
            atlas_db::DbConn::Sqlite(conn) => counts!(&mut **conn),
            atlas_db::DbConn::Pg(conn) => counts!(&mut **conn),
        }
    }
}

/// Asserts a 4xx problem+json naming `field` (among others).
pub async fn assert_names_field(response: reqwest::Response, status: u16, field: &str) {
    assert_eq!(
        response.status(),
        status,
        "expected {status} naming {field}"
    );
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: atlas_domain::Problem = response.json().await.expect("problem");
    assert!(
        problem.errors.iter().any(|e| e.field == field),
        "{field} not named in {problem:?}"
    );
}
