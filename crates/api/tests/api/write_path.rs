//! The write-path matrix: every non-GET operation of `openapi/openapi.json`, called
//! successfully by an identity that may call it, must leave exactly the audit entries of its
//! row and bump the data generation exactly when its row says so. An operation of the
//! document without a row fails, and so does a handler that writes without its audit entry
//! (the write path refuses such a write, and the row's entries would be missing).
//!
//! Also here: the scope check runs inside the write's transaction, so an embassy whose scope
//! changed since its token was issued cannot publish.

use std::collections::BTreeSet;

use atlas_db::schema::{audit_log, bourse_requests, users};
use atlas_db::testing::Content;
use diesel::prelude::*;
use reqwest::Method;

use crate::authorization::document_operations;
use crate::authorization::fixtures::{body_for, fixtures, path_for};
use crate::helpers::{TestApp, spawn_apps};

/// Whether the call changes public data, so that every process renews its cached answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Generation {
    Same,
    Bumped,
}
use Generation::*;

/// Who calls, as the columns of the authorization matrix: 0 anonymous, 1 agent of A,
/// 3 embassy of X, 7 admin.
const ANONYMOUS: usize = 0;
const AGENT_A: usize = 1;
const EMBASSY_X: usize = 3;
const ADMIN: usize = 7;

/// THE table: (method, path template, caller, audit actions in order, generation).
const WRITES: &[(&str, &str, usize, &[&str], Generation)] = &[
    (
        "POST",
        "/api/v1/account-requests",
        ANONYMOUS,
        &["account.request"],
        Same,
    ),
    (
        "POST",
        "/api/v1/account-requests/confirmation",
        ANONYMOUS,
        &["account.confirm_email"],
        Same,
    ),
    (
        "POST",
        "/api/v1/auth/login",
        ANONYMOUS,
        &["auth.login"],
        Same,
    ),
    (
        "POST",
        "/api/v1/auth/refresh",
        ANONYMOUS,
        &["auth.refresh"],
        Same,
    ),
    (
        "POST",
        "/api/v1/auth/logout",
        ANONYMOUS,
        &["auth.logout"],
        Same,
    ),
    (
        "POST",
        "/api/v1/auth/password-reset-requests",
        ANONYMOUS,
        &["account.password_reset_request"],
        Same,
    ),
    (
        "POST",
        "/api/v1/auth/password-resets",
        ANONYMOUS,
        &["account.password_reset"],
        Same,
    ),
    (
        "PUT",
        "/api/v1/me/password",
        AGENT_A,
        &["account.password_change"],
        Same,
    ),
    (
        "POST",
        "/api/v1/me/saved-searches",
        AGENT_A,
        &["saved_search.create"],
        Same,
    ),
    (
        "PATCH",
        "/api/v1/me/saved-searches/{id}",
        AGENT_A,
        &["saved_search.update"],
        Same,
    ),
    (
        "DELETE",
        "/api/v1/me/saved-searches/{id}",
        AGENT_A,
        &["saved_search.delete"],
        Same,
    ),
    (
        "POST",
        "/api/v1/me/saved-exports",
        AGENT_A,
        &["saved_export.create"],
        Same,
    ),
    (
        "DELETE",
        "/api/v1/me/saved-exports/{id}",
        AGENT_A,
        &["saved_export.delete"],
        Same,
    ),
    (
        "POST",
        "/api/v1/admin/account-requests/{id}/approval",
        ADMIN,
        &["account.approve"],
        Same,
    ),
    (
        "POST",
        "/api/v1/admin/account-requests/{id}/refusal",
        ADMIN,
        &["account.refuse"],
        Same,
    ),
    (
        "POST",
        "/api/v1/admin/users/{id}/disabling",
        ADMIN,
        &["account.disable"],
        Same,
    ),
    (
        "POST",
        "/api/v1/admin/users/{id}/enabling",
        ADMIN,
        &["account.enable"],
        Same,
    ),
    (
        "POST",
        "/api/v1/admin/users/{id}/collectivites",
        ADMIN,
        &["account.add_collectivite"],
        Same,
    ),
    (
        "POST",
        "/api/v1/embassy/bourse-requests/{id}/publication",
        EMBASSY_X,
        &["bourse_request.publish"],
        Bumped,
    ),
    (
        "POST",
        "/api/v1/embassy/bourse-requests/{id}/rejection",
        EMBASSY_X,
        &["bourse_request.reject"],
        Same,
    ),
];

/// The last audit entry's id (0 when the log is empty).
fn last_entry(app: &TestApp) -> i32 {
    let q = audit_log::table.select(diesel::dsl::max(audit_log::id));
    match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => q.first::<Option<i32>>(&mut **c),
        atlas_db::DbConn::Pg(c) => q.first::<Option<i32>>(&mut **c),
    }
    .expect("audit log")
    .unwrap_or(0)
}

/// The actions recorded after entry `after`, in order.
fn actions_since(app: &TestApp, after: i32) -> Vec<String> {
    let q = audit_log::table
        .filter(audit_log::id.gt(after))
        .order(audit_log::id)
        .select(audit_log::action);
    match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => q.load(&mut **c),
        atlas_db::DbConn::Pg(c) => q.load(&mut **c),
    }
    .expect("audit entries")
}

fn generation(app: &TestApp) -> String {
    atlas_db::meta::data_generation(&mut app.conn()).expect("generation")
}

#[test]
fn the_table_covers_every_write_of_the_document_and_nothing_else() {
    let table: BTreeSet<(String, String)> = WRITES
        .iter()
        .map(|(m, p, ..)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(table.len(), WRITES.len(), "duplicate rows in WRITES");
    let writes: BTreeSet<(String, String)> = document_operations()
        .into_iter()
        .filter(|(m, _)| m != "GET")
        .collect();
    let missing: Vec<_> = writes.difference(&table).collect();
    let extra: Vec<_> = table.difference(&writes).collect();
    assert!(
        missing.is_empty(),
        "writes without a row in WRITES: {missing:?}"
    );
    assert!(
        extra.is_empty(),
        "rows of WRITES that are not writes: {extra:?}"
    );
}

#[actix_web::test]
async fn every_write_leaves_the_audit_entries_and_generation_of_its_row() {
    for app in spawn_apps(Content::Demo) {
        let f = fixtures(&app).await;
        let mut wrong = Vec::new();
        for (method, template, who, actions, bump) in WRITES {
            let path = path_for(template, *who, &f);
            let body = body_for(&app, template, *who, &f).await;
            let (before, generation_before) = (last_entry(&app), generation(&app));
            let method = Method::from_bytes(method.as_bytes()).expect("method");
            let response = app
                .call(
                    method.clone(),
                    &path,
                    body.as_ref(),
                    f.tokens[*who].as_deref(),
                )
                .await;
            let status = response.status();
            if !status.is_success() {
                wrong.push(format!("{method} {path}: {status}"));
                continue;
            }
            let recorded = actions_since(&app, before);
            if recorded != *actions {
                wrong.push(format!(
                    "{method} {path}: audit {recorded:?} instead of {actions:?}"
                ));
            }
            let bumped = if generation(&app) == generation_before {
                Same
            } else {
                Bumped
            };
            if bumped != *bump {
                wrong.push(format!(
                    "{method} {path}: generation {bumped:?} instead of {bump:?}"
                ));
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

/// Moves user `email` to the country of user `to`, as an admin fixing a wrong scope would.
fn move_embassy(app: &TestApp, email: &str, to: &str) {
    let country = users::table
        .filter(users::email.eq(to))
        .select(users::country_code);
    let country: Option<String> = match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => country.first(&mut **c),
        atlas_db::DbConn::Pg(c) => country.first(&mut **c),
    }
    .expect("the other embassy's country");
    let target = users::table.filter(users::email.eq(email));
    let set = users::country_code.eq(country);
    match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => diesel::update(target).set(set).execute(&mut **c),
        atlas_db::DbConn::Pg(c) => diesel::update(target).set(set).execute(&mut **c),
    }
    .expect("move the embassy");
}

fn status_of(app: &TestApp, id: i32) -> String {
    let q = bourse_requests::table
        .find(id)
        .select(bourse_requests::status);
    match &mut app.conn() {
        atlas_db::DbConn::Sqlite(c) => q.first(&mut **c),
        atlas_db::DbConn::Pg(c) => q.first(&mut **c),
    }
    .expect("status")
}

#[actix_web::test]
async fn an_embassy_whose_scope_was_revoked_between_two_calls_cannot_publish() {
    for app in spawn_apps(Content::Demo) {
        let f = fixtures(&app).await;
        let template = "/api/v1/embassy/bourse-requests/{id}/publication";
        let token = f.tokens[EMBASSY_X].as_deref();
        // First call: in scope, published.
        let first = path_for(template, EMBASSY_X, &f);
        let r = app
            .call(Method::POST, &first, Some(&serde_json::json!({})), token)
            .await;
        assert_eq!(r.status(), 200, "{:?}: the first publication", app.backend);
        // The embassy's country changes; its token is the same.
        move_embassy(&app, "x@ambassade.test", "y@ambassade.test");
        let second = path_for(template, ADMIN, &f);
        let id: i32 = second
            .rsplit('/')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("id");
        let before = last_entry(&app);
        let generation_before = generation(&app);
        let r = app
            .call(Method::POST, &second, Some(&serde_json::json!({})), token)
            .await;
        assert_eq!(r.status(), 403, "{:?}: out of scope now", app.backend);
        assert_eq!(status_of(&app, id), "submitted", "{:?}", app.backend);
        assert!(actions_since(&app, before).is_empty(), "{:?}", app.backend);
        assert_eq!(generation(&app), generation_before, "{:?}", app.backend);
    }
}
