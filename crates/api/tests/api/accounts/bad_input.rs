//! Bad input on every write gets a problem+json 4xx naming the field, and writes nothing.

use atlas_db::testing::Content;
use atlas_domain::Role;
use reqwest::Method;
use serde_json::{Value, json};

use super::{PASSWORD, assert_names_field};
use crate::helpers::spawn_apps;

/// method, path, token, body, expected status, field it must name.
type Case<'a> = (Method, String, Option<&'a str>, Value, u16, &'a str);

fn request(over: Value) -> Value {
    let mut base = json!({"email": "new@mairie.test", "password": PASSWORD, "first_name": "Ada",
        "last_name": "Agent", "group": "collectivite", "entity": {"kind": "commune", "code": "07186"}});
    if let (Some(base), Some(over)) = (base.as_object_mut(), over.as_object()) {
        for (k, v) in over {
            if v.is_null() {
                base.remove(k);
            } else {
                base.insert(k.clone(), v.clone());
            }
        }
    }
    base
}

#[actix_web::test]
async fn bad_input_names_the_field_and_writes_nothing() {
    for app in spawn_apps(Content::Demo) {
        let admin = app
            .token_of("admin@daect.test", Role::Admin, &[], None, None)
            .await;
        let agent = app
            .token_of("a@mairie.test", Role::Operateur, &[], None, None)
            .await;
        let long = "x".repeat(5000);
        let cases: Vec<Case> = vec![
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"email": null})),
                422,
                "email",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"email": "pas une adresse"})),
                422,
                "email",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"password": "court"})),
                422,
                "password",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"first_name": long})),
                422,
                "first_name",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"first_name": 12})),
                422,
                "first_name",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"group": "pirate"})),
                422,
                "group",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"entity": {"kind": "commune", "code": "99999"}})),
                422,
                "entity.code",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"entity": {"kind": "country", "code": "SN"}})),
                422,
                "entity.kind",
            ),
            (
                Method::POST,
                "/api/v1/account-requests".into(),
                None,
                request(json!({"entity": null})),
                422,
                "entity",
            ),
            (
                Method::POST,
                "/api/v1/auth/login".into(),
                None,
                json!({"email": "a@b.test"}),
                422,
                "password",
            ),
            (
                Method::POST,
                "/api/v1/auth/password-resets".into(),
                None,
                json!({"token": "x", "password": "court"}),
                422,
                "password",
            ),
            (
                Method::POST,
                "/api/v1/auth/password-reset-requests".into(),
                None,
                json!({"email": 3}),
                422,
                "email",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-searches".into(),
                Some(&agent),
                json!({"kind": "search", "name": "", "query": ""}),
                422,
                "name",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-searches".into(),
                Some(&agent),
                json!({"kind": "search", "name": "x", "query": "theme=nulle-part"}),
                400,
                "query",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-searches".into(),
                Some(&agent),
                json!({"kind": "map", "name": "x", "query": "", "map_view": {"lat": 99, "lng": 0, "zoom": 3, "layers": []}}),
                422,
                "map_view.lat",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-searches".into(),
                Some(&agent),
                json!({"kind": "map", "name": "x", "query": "", "map_view": {"lat": 1, "lng": 0, "zoom": 3, "layers": ["nope"]}}),
                422,
                "map_view.layers[0]",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-exports".into(),
                Some(&agent),
                json!({"name": "x", "query": "inconnu=1"}),
                400,
                "query",
            ),
            (
                Method::POST,
                "/api/v1/me/saved-exports".into(),
                Some(&agent),
                json!({"query": "q=eau"}),
                422,
                "name",
            ),
            (
                Method::POST,
                "/api/v1/admin/account-requests/1/refusal".into(),
                Some(&admin),
                json!({"reason": ""}),
                422,
                "reason",
            ),
            (
                Method::POST,
                "/api/v1/admin/users/1/collectivites".into(),
                Some(&admin),
                json!({"collectivite_id": "un"}),
                422,
                "collectivite_id",
            ),
            (
                Method::POST,
                "/api/v1/embassy/bourse-requests/1/rejection".into(),
                Some(&admin),
                json!({}),
                422,
                "reason",
            ),
            (
                Method::PUT,
                "/api/v1/me/password".into(),
                Some(&agent),
                json!({"current_password": PASSWORD, "new_password": "court"}),
                422,
                "new_password",
            ),
        ];
        let before = app.write_counts();
        for (method, path, token, body, status, field) in cases {
            let response = app.call(method.clone(), &path, Some(&body), token).await;
            assert_names_field(response, status, field).await;
            assert_eq!(
                app.write_counts(),
                before,
                "{method} {path} {body}: wrote something"
            );
        }
    }
}
