//! The authorization matrix: every operation of `openapi/openapi.json`, called as each of
//! eight identities, must answer the status of ONE table. An operation of the document
//! without a row, or a row without an operation, fails the test. Requests are valid (real
//! ids of the fixtures, well-formed bodies, fresh one-time tokens), so each status reflects
//! who is calling, not what they sent.

use std::collections::{BTreeMap, BTreeSet};

use atlas_db::accounts::fixtures::{TestUser, insert_user, resubmit_bourse_request};
use atlas_db::testing::Content;
use atlas_domain::{AccountStatus, Role};
use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::PASSWORD;
use crate::helpers::{TestApp, spawn_apps};

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
    ("POST", "/api/v1/admin/users/{id}/disable", ADMIN),
    ("POST", "/api/v1/admin/users/{id}/enable", ADMIN),
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

/// Real objects the paths and bodies name.
struct Fixtures {
    tokens: Vec<Option<String>>,
    coll_a: i32,
    coll_c: i32,
    region_r: String,
    partner: i32,
    project: i32,
    /// Submitted Bourse requests of country X: [embassy's publication, admin's publication,
    /// embassy's rejection, admin's rejection].
    requests_x: Vec<i32>,
    saved_search_a: i32,
    saved_export_a: i32,
    pending: [i32; 2],
    active: i32,
    disabled: i32,
    agent_c: i32,
}

fn bourse_by_country(app: &TestApp) -> BTreeMap<String, Vec<i32>> {
    use atlas_db::schema::bourse_requests as br;
    use diesel::prelude::*;
    let q = br::table.order(br::id).select((br::id, br::country_code));
    let rows: Vec<(i32, String)> = match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => q.load(&mut **c),
        atlas_db::DbConn::Pg(c) => q.load(&mut **c),
    }
    .expect("bourse requests");
    let mut by: BTreeMap<String, Vec<i32>> = BTreeMap::new();
    for (id, country) in rows {
        by.entry(country).or_default().push(id);
    }
    by
}

/// e-mail, role, collectivités, country, région of a fixture identity.
type Identity<'a> = (&'a str, Role, Vec<i32>, Option<&'a str>, Option<&'a str>);

fn raw_user(app: &TestApp, email: &str, role: Role, status: AccountStatus) -> i32 {
    let hash = atlas_api::auth::password::hash(PASSWORD).expect("hash");
    let user = TestUser {
        email,
        password_hash: &hash,
        role,
        status,
        collectivites: &[],
        country_code: None,
        region_code: None,
    };
    insert_user(&mut app.conn(), &user).expect("user")
}

async fn first_id(app: &TestApp, path: &str) -> i32 {
    let page: Value = app.get_json(path).await;
    page["items"][0]["id"]
        .as_i64()
        .and_then(|n| i32::try_from(n).ok())
        .expect("an id")
}

async fn fixtures(app: &TestApp) -> Fixtures {
    let colls = app.collectivites(400);
    let (coll_a, region_r) = colls[0].clone();
    let coll_b = colls
        .iter()
        .find(|(_, r)| *r != region_r)
        .expect("another région")
        .0;
    let coll_c = colls
        .iter()
        .rev()
        .find(|(id, _)| *id != coll_a && *id != coll_b)
        .expect("a third")
        .0;
    let by_country = bourse_by_country(app);
    let (x, ids) = by_country
        .iter()
        .max_by_key(|(_, ids)| ids.len())
        .expect("requests");
    let y = by_country
        .keys()
        .find(|k| *k != x)
        .expect("another country")
        .clone();
    let requests_x: Vec<i32> = ids.iter().take(4).copied().collect();
    assert_eq!(requests_x.len(), 4, "four requests of one country");
    for id in &requests_x {
        resubmit_bourse_request(&mut app.conn(), *id).expect("resubmit");
    }
    let mut tokens = vec![None];
    let who: [Identity<'_>; 7] = [
        (
            "a@commune.test",
            Role::Collectivite,
            vec![coll_a],
            None,
            None,
        ),
        (
            "b@commune.test",
            Role::Collectivite,
            vec![coll_b],
            None,
            None,
        ),
        (
            "x@ambassade.test",
            Role::Ambassade,
            vec![],
            Some(x.as_str()),
            None,
        ),
        (
            "y@ambassade.test",
            Role::Ambassade,
            vec![],
            Some(y.as_str()),
            None,
        ),
        (
            "r@prefecture.test",
            Role::Prefecture,
            vec![],
            None,
            Some(region_r.as_str()),
        ),
        ("op@afd.test", Role::Operateur, vec![], None, None),
        ("admin@daect.test", Role::Admin, vec![], None, None),
    ];
    for (email, role, colls, country, region) in &who {
        tokens.push(Some(
            app.token_of(email, *role, colls, *country, *region).await,
        ));
    }
    let a = tokens[1].clone();
    let saved = app
        .post(
            "/api/v1/me/saved-searches",
            &json!({"kind": "search", "name": "A", "query": "q=eau"}),
            a.as_deref(),
        )
        .await;
    let saved_search_a = saved.json::<Value>().await.expect("saved")["id"]
        .as_i64()
        .expect("id") as i32;
    let export = app
        .post(
            "/api/v1/me/saved-exports",
            &json!({"name": "A", "query": "q=eau&country=SN"}),
            a.as_deref(),
        )
        .await;
    let saved_export_a = export.json::<Value>().await.expect("export")["id"]
        .as_i64()
        .expect("id") as i32;
    let pending = [
        raw_user(
            app,
            "p1@x.test",
            Role::Operateur,
            AccountStatus::PendingValidation,
        ),
        raw_user(
            app,
            "p2@x.test",
            Role::Operateur,
            AccountStatus::PendingValidation,
        ),
    ];
    Fixtures {
        tokens,
        coll_a,
        coll_c,
        region_r,
        partner: first_id(app, "/api/v1/partners?country=SN&per_page=1").await,
        project: first_id(app, "/api/v1/projects?per_page=1").await,
        requests_x,
        saved_search_a,
        saved_export_a,
        pending,
        active: raw_user(app, "active@x.test", Role::Operateur, AccountStatus::Active),
        disabled: raw_user(
            app,
            "disabled@x.test",
            Role::Operateur,
            AccountStatus::Disabled,
        ),
        agent_c: raw_user(
            app,
            "c@commune.test",
            Role::Collectivite,
            AccountStatus::Active,
        ),
    }
}

/// The concrete path (with a query string where the operation needs one) for identity `who`.
fn path_for(template: &str, who: usize, f: &Fixtures) -> String {
    let admin = who == 7;
    let id = match template {
        "/api/v1/collectivites/{id}" | "/api/v1/extranet/collectivites/{id}" => f.coll_a,
        "/api/v1/partners/{id}" => f.partner,
        "/api/v1/projects/{id}" => f.project,
        "/api/v1/me/saved-searches/{id}" => f.saved_search_a,
        "/api/v1/me/saved-exports/{id}" | "/api/v1/me/saved-exports/{id}/file" => f.saved_export_a,
        "/api/v1/admin/account-requests/{id}/approval" => f.pending[0],
        "/api/v1/admin/account-requests/{id}/refusal" => f.pending[1],
        "/api/v1/admin/users/{id}/disable" => f.active,
        "/api/v1/admin/users/{id}/enable" => f.disabled,
        "/api/v1/admin/users/{id}/collectivites" => f.agent_c,
        "/api/v1/embassy/bourse-requests/{id}/publication" => f.requests_x[usize::from(admin)],
        "/api/v1/embassy/bourse-requests/{id}/rejection" => f.requests_x[2 + usize::from(admin)],
        _ => 0,
    };
    let code = match template {
        "/api/v1/continents/{code}" => "afrique",
        "/api/v1/subcontinents/{code}" => "afrique-de-l-ouest",
        "/api/v1/countries/{code}" | "/api/v1/countries/{code}/map.svg" => "SN",
        "/api/v1/regions/{code}" | "/api/v1/regions/{code}/map.svg" => "84",
        "/api/v1/departements/{code}" => "69",
        _ => "",
    };
    let query = match template {
        t if t.starts_with("/api/v1/exports/") => "?country=SN&q=eau".to_owned(),
        "/api/v1/suggest" => "?q=eau".to_owned(),
        "/api/v1/reference/entities" => "?q=pa".to_owned(),
        "/api/v1/prefecture/collectivites" => format!("?region={}", f.region_r),
        _ => String::new(),
    };
    format!(
        "{}{query}",
        template
            .replace("{id}", &id.to_string())
            .replace("{code}", code)
    )
}

/// A valid body for identity `who` (fresh one-time tokens are made here).
async fn body_for(app: &TestApp, template: &str, who: usize, f: &Fixtures) -> Option<Value> {
    let fresh = |prefix: &str| format!("{prefix}-{who}@matrix.test");
    Some(match template {
        "/api/v1/account-requests" => json!({"email": fresh("request"), "password": PASSWORD,
            "first_name": "Ada", "last_name": "Agent", "group": "operateur"}),
        "/api/v1/account-requests/confirmation" => {
            let email = fresh("confirm");
            let form = json!({"email": email, "password": PASSWORD, "first_name": "C",
                "last_name": "C", "group": "operateur"});
            assert_eq!(
                app.post("/api/v1/account-requests", &form, None)
                    .await
                    .status(),
                202
            );
            json!({"token": app.mailed_token(&email, "confirm_email")})
        }
        "/api/v1/auth/login" => json!({"email": "op@afd.test", "password": PASSWORD}),
        "/api/v1/auth/refresh" | "/api/v1/auth/logout" => {
            json!({"refresh_token": app.login("op@afd.test").await.refresh_token})
        }
        "/api/v1/auth/password-reset-requests" => json!({"email": "op@afd.test"}),
        "/api/v1/auth/password-resets" => {
            let r = app
                .post(
                    "/api/v1/auth/password-reset-requests",
                    &json!({"email": "active@x.test"}),
                    None,
                )
                .await;
            assert_eq!(r.status(), 202);
            json!({"token": app.mailed_token("active@x.test", "reset_password"), "password": PASSWORD})
        }
        "/api/v1/me/password" => json!({"current_password": PASSWORD, "new_password": PASSWORD}),
        "/api/v1/me/saved-searches" => json!({"kind": "search", "name": "S", "query": "q=eau"}),
        "/api/v1/me/saved-searches/{id}" => json!({"name": "Renamed"}),
        "/api/v1/me/saved-exports" => json!({"name": "E", "query": "q=eau&country=SN"}),
        "/api/v1/admin/account-requests/{id}/refusal"
        | "/api/v1/embassy/bourse-requests/{id}/rejection" => json!({"reason": "Hors sujet"}),
        "/api/v1/admin/users/{id}/collectivites" => json!({"collectivite_id": f.coll_c}),
        t if t.contains("/approval")
            || t.contains("/publication")
            || t.contains("/disable")
            || t.contains("/enable") =>
        {
            json!({})
        }
        _ => return None,
    })
}

fn document_operations() -> BTreeSet<(String, String)> {
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
