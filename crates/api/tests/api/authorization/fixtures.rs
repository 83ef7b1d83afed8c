//! The objects the authorization matrix's requests name: one user of each identity with a
//! token, their collectivités, Bourse requests per country, saved searches and exports, and
//! fresh one-time tokens; then the concrete path and body of each operation for each caller.

use std::collections::BTreeMap;

use atlas_db::fixtures::{TestUser, insert_user, resubmit_bourse_request};
use atlas_domain::{AccountStatus, Role};
use serde_json::{Value, json};

use crate::accounts::PASSWORD;
use crate::helpers::TestApp;

/// Real objects the paths and bodies name.
pub struct Fixtures {
    /// The access token of each identity (`None`: anonymous).
    pub tokens: Vec<Option<String>>,
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
    let hash = atlas_accounts::password::hash(PASSWORD).expect("hash");
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

pub async fn fixtures(app: &TestApp) -> Fixtures {
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
pub fn path_for(template: &str, who: usize, f: &Fixtures) -> String {
    let admin = who == 7;
    let id = match template {
        "/api/v1/collectivites/{id}" | "/api/v1/extranet/collectivites/{id}" => f.coll_a,
        "/api/v1/partners/{id}" => f.partner,
        "/api/v1/projects/{id}" => f.project,
        "/api/v1/me/saved-searches/{id}" => f.saved_search_a,
        "/api/v1/me/saved-exports/{id}" | "/api/v1/me/saved-exports/{id}/file" => f.saved_export_a,
        "/api/v1/admin/account-requests/{id}/approval" => f.pending[0],
        "/api/v1/admin/account-requests/{id}/refusal" => f.pending[1],
        "/api/v1/admin/users/{id}/disabling" => f.active,
        "/api/v1/admin/users/{id}/enabling" => f.disabled,
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
pub async fn body_for(app: &TestApp, template: &str, who: usize, f: &Fixtures) -> Option<Value> {
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
            || t.contains("/disabling")
            || t.contains("/enabling") =>
        {
            json!({})
        }
        _ => return None,
    })
}
