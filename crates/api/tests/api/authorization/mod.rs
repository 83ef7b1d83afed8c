//! The authorization matrix: every operation of `openapi/openapi.json`, called as each of
//! eight identities, must answer the status of ONE table. An operation of the document
//! without a row, or a row without an operation, fails the test. Requests are valid (real
//! ids of the fixtures, well-formed bodies, fresh one-time tokens), so each status reflects
//! who is calling, not what they sent.

pub mod fixtures;

use std::collections::BTreeSet;

use atlas_db::testing::Content;
use reqwest::Method;
use serde_json::Value;

use crate::helpers::spawn_apps;
use fixtures::{body_for, fixtures, path_for};

/// What an identity must get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ok,
    Created,
    Accepted,
    NoContent,
    Unauth,
    Forbidden,
    NotFound,
}
use Expect::*;

impl Expect {
    fn status(self) -> u16 {
        match self {
            Ok => 200,
            Created => 201,
            Accepted => 202,
            NoContent => 204,
            Unauth => 401,
            Forbidden => 403,
            NotFound => 404,
        }
    }
}

/// The identities, in the order of the table's columns.
const WHO: [&str; 8] = [
    "anonymous",
    "agent of A",
    "agent of B",
    "embassy of X",
    "embassy of Y",
    "préfecture of R",
    "operator",
    "admin",
];

const PUBLIC: [Expect; 8] = [Ok; 8];
const SIGNED: [Expect; 8] = [Unauth, Ok, Ok, Ok, Ok, Ok, Ok, Ok];
const ADMIN: [Expect; 8] = [
    Unauth, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok,
];
const OWNER_A: [Expect; 8] = [
    Unauth, Ok, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
];
const OWNER_A_DELETES: [Expect; 8] = [
    Unauth, NoContent, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound,
];
const MODERATE_X: [Expect; 8] = [
    Unauth, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Ok,
];

/// THE table: (method, path template of the document, expected status per identity).
const MATRIX: &[(&str, &str, [Expect; 8])] = &[
    ("GET", "/api/v1/stats", PUBLIC),
    ("GET", "/api/v1/figures", PUBLIC),
    ("GET", "/api/v1/continents", PUBLIC),
    ("GET", "/api/v1/continents/{code}", PUBLIC),
    ("GET", "/api/v1/subcontinents/{code}", PUBLIC),
    ("GET", "/api/v1/countries", PUBLIC),
    ("GET", "/api/v1/countries/{code}", PUBLIC),
    ("GET", "/api/v1/countries/{code}/map.svg", PUBLIC),
    ("GET", "/api/v1/regions", PUBLIC),
    ("GET", "/api/v1/regions/{code}", PUBLIC),
    ("GET", "/api/v1/regions/{code}/map.svg", PUBLIC),
    ("GET", "/api/v1/departements", PUBLIC),
    ("GET", "/api/v1/departements/{code}", PUBLIC),
    ("GET", "/api/v1/collectivites", PUBLIC),
    ("GET", "/api/v1/collectivites/{id}", PUBLIC),
    ("GET", "/api/v1/partners", PUBLIC),
    ("GET", "/api/v1/partners/{id}", PUBLIC),
    ("GET", "/api/v1/projects", PUBLIC),
    ("GET", "/api/v1/projects/{id}", PUBLIC),
    ("GET", "/api/v1/map/markers", PUBLIC),
    ("GET", "/api/v1/search", PUBLIC),
    ("GET", "/api/v1/search/bourse", PUBLIC),
    ("GET", "/api/v1/suggest", PUBLIC),
    ("GET", "/api/v1/exports/projects.csv", PUBLIC),
    ("GET", "/api/v1/exports/projects.xlsx", PUBLIC),
    ("GET", "/api/v1/exports/projects.geojson", PUBLIC),
    ("GET", "/api/v1/exports/projects.json", PUBLIC),
    ("GET", "/api/v1/exports/projects.pdf", PUBLIC),
    ("GET", "/api/v1/reference/entities", PUBLIC),
    ("POST", "/api/v1/account-requests", [Accepted; 8]),
    ("POST", "/api/v1/account-requests/confirmation", PUBLIC),
    ("POST", "/api/v1/auth/login", PUBLIC),
    ("POST", "/api/v1/auth/refresh", PUBLIC),
    ("POST", "/api/v1/auth/logout", [NoContent; 8]),
    (
        "POST",
        "/api/v1/auth/password-reset-requests",
        [Accepted; 8],
    ),
    ("POST", "/api/v1/auth/password-resets", [NoContent; 8]),
    ("GET", "/api/v1/me", SIGNED),
    (
        "PUT",
        "/api/v1/me/password",
        [
            Unauth, NoContent, NoContent, NoContent, NoContent, NoContent, NoContent, NoContent,
        ],
    ),
    ("GET", "/api/v1/me/saved-searches", SIGNED),
    (
        "POST",
        "/api/v1/me/saved-searches",
        [
            Unauth, Created, Created, Created, Created, Created, Created, Created,
        ],
    ),
    ("GET", "/api/v1/me/saved-searches/{id}", OWNER_A),
    ("PATCH", "/api/v1/me/saved-searches/{id}", OWNER_A),
    ("DELETE", "/api/v1/me/saved-searches/{id}", OWNER_A_DELETES),
    ("GET", "/api/v1/me/saved-exports", SIGNED),
    (
        "POST",
        "/api/v1/me/saved-exports",
        [
            Unauth, Created, Created, Created, Created, Created, Created, Created,
        ],
    ),
    ("GET", "/api/v1/me/saved-exports/{id}/file", OWNER_A),
    ("DELETE", "/api/v1/me/saved-exports/{id}", OWNER_A_DELETES),
    ("GET", "/api/v1/admin/account-requests", ADMIN),
    (
        "POST",
        "/api/v1/admin/account-requests/{id}/approval",
        ADMIN,
    ),
    ("POST", "/api/v1/admin/account-requests/{id}/refusal", ADMIN),
    ("GET", "/api/v1/admin/users", ADMIN),
    ("POST", "/api/v1/admin/users/{id}/disabling", ADMIN),
    ("POST", "/api/v1/admin/users/{id}/enabling", ADMIN),
    ("POST", "/api/v1/admin/users/{id}/collectivites", ADMIN),
    ("GET", "/api/v1/admin/audit-log", ADMIN),
    ("GET", "/api/v1/admin/outbox", ADMIN),
    (
        "GET",
        "/api/v1/extranet/collectivites/{id}",
        [Unauth, Ok, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok],
    ),
    (
        "GET",
        "/api/v1/prefecture/collectivites",
        [
            Unauth, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Ok, Ok,
        ],
    ),
    (
        "GET",
        "/api/v1/embassy/bourse-requests",
        [
            Unauth, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Ok,
        ],
    ),
    (
        "POST",
        "/api/v1/embassy/bourse-requests/{id}/publication",
        MODERATE_X,
    ),
    (
        "POST",
        "/api/v1/embassy/bourse-requests/{id}/rejection",
        MODERATE_X,
    ),
];

pub fn document_operations() -> BTreeSet<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("spec")).expect("json");
    spec["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(p, item)| {
            item.as_object()
                .expect("operations")
                .keys()
                .map(|m| (m.to_ascii_uppercase(), p.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_table_covers_every_operation_of_the_document_and_nothing_else() {
    let table: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|(m, p, _)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(table.len(), MATRIX.len(), "duplicate rows in the matrix");
    let document = document_operations();
    let missing: Vec<_> = document.difference(&table).collect();
    let extra: Vec<_> = table.difference(&document).collect();
    assert!(
        missing.is_empty(),
        "operations without a row in MATRIX: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "rows of MATRIX that are not operations: {extra:?}"
    );
}

#[actix_web::test]
async fn every_operation_answers_each_identity_as_the_matrix_says() {
    for app in spawn_apps(Content::Demo) {
        let f = fixtures(&app).await;
        let mut wrong = Vec::new();
        for (method, template, expected) in MATRIX {
            for (who, expect) in expected.iter().enumerate() {
                let path = path_for(template, who, &f);
                let body = body_for(&app, template, who, &f).await;
                let method = Method::from_bytes(method.as_bytes()).expect("method");
                let response = app
                    .call(
                        method.clone(),
                        &path,
                        body.as_ref(),
                        f.tokens[who].as_deref(),
                    )
                    .await;
                if response.status().as_u16() != expect.status() {
                    wrong.push(format!(
                        "{method} {path} as {}: {} instead of {expect:?}",
                        WHO[who],
                        response.status()
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{:?}: {} mismatches:\n{}",
            app.backend,
            wrong.len(),
            wrong.join("\n")
        );
    }
}
