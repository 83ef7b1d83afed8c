//! The account life: request, e-mailed confirmation, admin validation (creating the page of
//! a collectivité not yet in the Atlas) or refusal, login, refresh rotation, logout.

use atlas_db::testing::Content;
use atlas_domain::{AccountRequest, Entity, Items, Me, Page, TokenPair};
use serde_json::json;

use super::PASSWORD;
use crate::helpers::spawn_apps;

#[actix_web::test]
async fn a_requested_account_is_confirmed_approved_and_signs_in() {
    for app in spawn_apps(Content::Demo) {
        let admin = app
            .token_of(
                "admin@daect.test",
                atlas_domain::Role::Admin,
                &[],
                None,
                None,
            )
            .await;
        let found: Items<Entity> = app
            .get_json("/api/v1/reference/entities?q=saint&kind=commune&limit=50")
            .await;
        let commune = found
            .items
            .iter()
            .find(|e| !e.in_atlas)
            .expect("a commune not in the Atlas")
            .clone();

        let email = "Agent@Mairie.test";
        let form = json!({"email": email, "password": PASSWORD, "first_name": "Ada", "last_name": "Agent",
            "group": "collectivite", "entity": {"kind": "commune", "code": commune.code}});
        let r = app.post("/api/v1/account-requests", &form, None).await;
        assert_eq!(r.status(), 202);
        let token = app.mailed_token("agent@mairie.test", "confirm_email");
        let early = app
            .post(
                "/api/v1/auth/login",
                &json!({"email": email, "password": PASSWORD}),
                None,
            )
            .await;
        assert_eq!(early.status(), 401, "not before validation");

        let r = app
            .post(
                "/api/v1/account-requests/confirmation",
                &json!({"token": token}),
                None,
            )
            .await;
        assert_eq!(r.status(), 200);
        let again = app
            .post(
                "/api/v1/account-requests/confirmation",
                &json!({"token": token}),
                None,
            )
            .await;
        super::assert_names_field(again, 400, "token").await;

        let pending: Page<AccountRequest> = app
            .call(
                reqwest::Method::GET,
                "/api/v1/admin/account-requests",
                None,
                Some(&admin),
            )
            .await
            .json()
            .await
            .unwrap();
        let request = pending
            .items
            .iter()
            .find(|r| r.email == "agent@mairie.test")
            .expect("pending request");
        assert_eq!(
            request.entity.as_ref().map(|e| e.code.clone()),
            Some(commune.code.clone())
        );
        let r = app
            .post(
                &format!("/api/v1/admin/account-requests/{}/approval", request.id),
                &json!({}),
                Some(&admin),
            )
            .await;
        assert_eq!(r.status(), 200);
        let approved: AccountRequest = r.json().await.unwrap();
        let entity = approved.entity.expect("entity");
        assert!(
            entity.in_atlas,
            "the collectivité page was created from the COG"
        );
        assert_eq!(app.emails("agent@mairie.test", "account_approved").len(), 1);

        let pair = app.login("agent@mairie.test").await;
        assert_eq!(pair.user.collectivites.len(), 1);
        assert_eq!(Some(pair.user.collectivites[0].id), entity.collectivite_id);
        let me: Me = app
            .call(
                reqwest::Method::GET,
                "/api/v1/me",
                None,
                Some(&pair.access_token),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(me.email, "agent@mairie.test");

        // Rotation: the new refresh token works once; presenting the old one revokes the family.
        let r = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": pair.refresh_token}),
                None,
            )
            .await;
        assert_eq!(r.status(), 200);
        let second: TokenPair = r.json().await.unwrap();
        let reused = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": pair.refresh_token}),
                None,
            )
            .await;
        assert_eq!(reused.status(), 401, "reuse after rotation is refused");
        let stolen = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": second.refresh_token}),
                None,
            )
            .await;
        assert_eq!(stolen.status(), 401, "reuse revokes the whole family");

        let third = app.login("agent@mairie.test").await;
        let r = app
            .post(
                "/api/v1/auth/logout",
                &json!({"refresh_token": third.refresh_token}),
                None,
            )
            .await;
        assert_eq!(r.status(), 204);
        let after = app
            .post(
                "/api/v1/auth/refresh",
                &json!({"refresh_token": third.refresh_token}),
                None,
            )
            .await;
        assert_eq!(after.status(), 401);

        // The same address again: the same answer, an e-mail to its owner, no new account.
        let before = app.write_counts()[0];
        let r = app.post("/api/v1/account-requests", &form, None).await;
        assert_eq!(r.status(), 202);
        assert_eq!(app.write_counts()[0], before);
        assert_eq!(app.emails("agent@mairie.test", "account_exists").len(), 1);

        let audit: Page<atlas_domain::AuditEntry> = app
            .call(
                reqwest::Method::GET,
                "/api/v1/admin/audit-log?action=account.approve",
                None,
                Some(&admin),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(audit.total, 1);
        assert_eq!(
            audit.items[0].user_email.as_deref(),
            Some("admin@daect.test")
        );
        assert!(audit.items[0].ip.is_some());
    }
}

#[actix_web::test]
async fn a_refused_request_is_told_the_reason() {
    for app in spawn_apps(Content::Demo) {
        let admin = app
            .token_of(
                "admin@daect.test",
                atlas_domain::Role::Admin,
                &[],
                None,
                None,
            )
            .await;
        let form = json!({"email": "ambassade@exemple.test", "password": PASSWORD, "first_name": "Ana",
            "last_name": "Ambassade", "group": "ambassade", "entity": {"kind": "country", "code": "SN"}});
        assert_eq!(
            app.post("/api/v1/account-requests", &form, None)
                .await
                .status(),
            202
        );
        let token = app.mailed_token("ambassade@exemple.test", "confirm_email");
        app.post(
            "/api/v1/account-requests/confirmation",
            &json!({"token": token}),
            None,
        )
        .await;
        let pending: Page<AccountRequest> = app
            .call(
                reqwest::Method::GET,
                "/api/v1/admin/account-requests",
                None,
                Some(&admin),
            )
            .await
            .json()
            .await
            .unwrap();
        let id = pending.items[0].id;
        let r = app
            .post(
                &format!("/api/v1/admin/account-requests/{id}/refusal"),
                &json!({"reason": "Adresse non institutionnelle"}),
                Some(&admin),
            )
            .await;
        assert_eq!(r.status(), 200);
        let mail = &app.emails("ambassade@exemple.test", "account_refused")[0];
        assert!(mail.body_text.contains("Adresse non institutionnelle"));
        let twice = app
            .post(
                &format!("/api/v1/admin/account-requests/{id}/approval"),
                &json!({}),
                Some(&admin),
            )
            .await;
        assert_eq!(twice.status(), 409);
    }
}
