//! `POST /account-requests` and `/account-requests/confirmation`: anyone may request an
//! account for a group and the entity it acts for; the address is confirmed by an e-mailed
//! link, then an admin validates. An address already registered gets the same answer (and its
//! owner an e-mail), so the form never tells who has an account.

use actix_web::{HttpRequest, HttpResponse, post, web};
use atlas_accounts::{mail, password, secret};
use atlas_db::auth::account_requests::{self as users, Mailed, NewAccount};
use atlas_db::reference::entities;
use atlas_domain::{
    AccountRequestForm, AccountStatus, AccountStatusReply, TokenForm, normalise_email,
};

use crate::auth::after;
use crate::auth::guards::actor;
use crate::body::Body;
use crate::handlers::responses::{BadRequest, Internal, Invalid, TooMany};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// Request an account.
///
/// The group decides the entity: a commune, EPCI, département or région of the COG for a
/// collectivité (even one not yet in the Atlas), a country for an embassy, a région for a
/// préfecture, none for an operator. Sends an e-mail with a confirmation link
/// (`/compte/confirmer?jeton=…`).
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = AccountRequestForm,
    responses(
        (status = 202, description = "Request recorded, confirmation e-mail sent (the same answer when the address already has an account)", body = AccountStatusReply),
        BadRequest, Invalid, TooMany, Internal,
    )
)]
#[post("")]
pub async fn create_account_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<AccountRequestForm>,
) -> Result<HttpResponse, ApiError> {
    if let Some(e) = form.entity.clone() {
        let found = state
            .run(move |conn| entities::get(conn, e.kind, e.code.trim()))
            .await?;
        if found.is_none() {
            return Err(ApiError::invalid_field(
                "entity.code",
                "unknown",
                "Aucune entité de ce type n'a ce code.",
            ));
        }
    }
    let email = normalise_email(&form.email);
    let plain = form.password.clone();
    let password_hash = web::block(move || password::hash(&plain))
        .await?
        .map_err(|e| ApiError::internal(&e))?;
    let token = secret::token();
    let confirm = Mailed {
        token_hash: secret::digest(&token),
        expires_at: after(state.auth.confirm_ttl),
        email: mail::confirm_email(&state.auth.public_url, &email, &token),
    };
    let exists = mail::account_exists(&state.auth.public_url, &email);
    let account = NewAccount {
        email,
        password_hash,
        first_name: form.first_name.trim().to_owned(),
        last_name: form.last_name.trim().to_owned(),
        job_title: form
            .job_title
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
        phone: form
            .phone
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
        group: form.group,
        entity: form.entity.map(|mut e| {
            e.code = e.code.trim().to_owned();
            e
        }),
    };
    let actor = actor(&req, None);
    state
        .run(move |conn| users::request_account(conn, &account, &confirm, &exists, &actor))
        .await?;
    Ok(HttpResponse::Accepted().json(AccountStatusReply {
        status: AccountStatus::PendingEmail,
    }))
}

/// Confirm the address of an account request with the e-mailed token.
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = TokenForm,
    responses(
        (status = 200, description = "Address confirmed: the request awaits an admin's validation", body = AccountStatusReply),
        BadRequest, Invalid, TooMany, Internal,
    )
)]
#[post("/confirmation")]
pub async fn confirm_account_request(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<TokenForm>,
) -> Result<web::Json<AccountStatusReply>, ApiError> {
    let hash = secret::digest(form.token.trim());
    let actor = actor(&req, None);
    let status = state
        .run(move |conn| users::confirm_email(conn, &hash, &actor))
        .await?;
    status
        .map(|status| web::Json(AccountStatusReply { status }))
        .ok_or_else(|| {
            ApiError::bad_field("token", "invalid", "Lien inconnu, déjà utilisé ou expiré.")
        })
}
