//! `/auth/*`: log in (access + refresh token), refresh (rotation; a reused token revokes its
//! family), log out, and the forgotten-password flow. Failures never tell whether an address
//! has an account; repeated failures lock the account for a while.

use actix_web::{HttpRequest, HttpResponse, post, web};
use atlas_accounts::{mail, password, secret};
use atlas_db::auth::account_requests::Mailed;
use atlas_db::auth::{login as users, password as passwords, principal};
use atlas_db::journal::tokens::{self, NewRefresh, Rotation};
use atlas_db::me::profile;
use atlas_domain::{
    AccountStatus, Checks, LoginForm, PasswordResetForm, PasswordResetRequestForm, RefreshForm,
    TokenPair, normalise_email,
};

use crate::auth::guards::actor;
use crate::auth::{after, jwt};
use crate::body::Body;
use crate::handlers::invalid;
use crate::handlers::responses::{BadRequest, Internal, Invalid, TooMany, Unauthorized};
use crate::handlers::tags;
use crate::{ApiError, AppState};

fn refused() -> ApiError {
    ApiError::unauthorized("Adresse ou mot de passe incorrect, ou compte inactif.")
}

/// A new access token for `user_id`, with `refresh` and the user's profile.
async fn pair(state: &AppState, user_id: i32, refresh: String) -> Result<TokenPair, ApiError> {
    let (access_token, expires_in) =
        jwt::issue(&state.auth, user_id).map_err(|e| ApiError::internal(&e))?;
    let user = state.run(move |conn| profile::me(conn, user_id)).await?;
    Ok(TokenPair {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in,
        refresh_token: refresh,
        user,
    })
}

/// Log in with an e-mail address and a password.
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = LoginForm,
    responses(
        (status = 200, description = "Signed in: a 15-minute access token and a refresh token", body = TokenPair),
        BadRequest, Unauthorized, Invalid, TooMany, Internal,
    )
)]
#[post("/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<LoginForm>,
) -> Result<web::Json<TokenPair>, ApiError> {
    let email = normalise_email(&form.email);
    let lookup = email.clone();
    let candidate = state
        .run(move |conn| users::find_for_login(conn, &lookup))
        .await?;
    let hash = candidate
        .as_ref()
        .map_or_else(|| password::decoy().to_owned(), |c| c.password_hash.clone());
    let plain = form.password;
    // Verify even for an unknown address: both cases take the same time.
    let valid = web::block(move || password::verify(&plain, &hash)).await?;
    let actor = actor(&req, None);
    let Some(user) = candidate else {
        state
            .run(move |conn| users::login_unknown(conn, &email, &actor))
            .await?;
        return Err(refused());
    };
    let now = chrono::Utc::now().naive_utc();
    if user.locked_until.is_some_and(|until| until > now) {
        return Err(refused());
    }
    if !valid {
        let (max, until) = (state.auth.max_failed_logins, after(state.auth.lockout));
        state
            .run(move |conn| users::login_failed(conn, user.id, max, until, &actor))
            .await?;
        return Err(refused());
    }
    if user.status != AccountStatus::Active {
        return Err(refused());
    }
    let refresh = secret::token();
    let stored = NewRefresh {
        user_id: user.id,
        family: secret::token(),
        hash: secret::digest(&refresh),
        expires_at: after(state.auth.refresh_ttl),
    };
    let actor = crate::auth::guards::actor(&req, Some(user.id));
    state
        .run(move |conn| users::login_succeeded(conn, &stored, &actor))
        .await?;
    Ok(web::Json(pair(&state, user.id, refresh).await?))
}

/// Exchange a refresh token for a new pair (the old refresh token stops working).
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = RefreshForm,
    responses(
        (status = 200, description = "A new access token and a new refresh token", body = TokenPair),
        BadRequest, Unauthorized, Invalid, TooMany, Internal,
    )
)]
#[post("/refresh")]
pub async fn refresh_tokens(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<RefreshForm>,
) -> Result<web::Json<TokenPair>, ApiError> {
    let old = secret::digest(form.refresh_token.trim());
    let fresh = secret::token();
    let new = secret::digest(&fresh);
    let expires = after(state.auth.refresh_ttl);
    let actor = actor(&req, None);
    let rotation = state
        .run(move |conn| tokens::rotate(conn, &old, &new, expires, &actor))
        .await?;
    let Rotation::Rotated { user_id } = rotation else {
        return Err(ApiError::unauthorized(
            "Session expirée ou révoquée : reconnectez-vous.",
        ));
    };
    let principal = state
        .run(move |conn| principal::principal(conn, user_id))
        .await?;
    if principal.is_none_or(|p| p.status != AccountStatus::Active) {
        return Err(refused());
    }
    Ok(web::Json(pair(&state, user_id, fresh).await?))
}

/// Log out: revokes the refresh token and every token rotated from the same login.
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = RefreshForm,
    responses(
        (status = 204, description = "Signed out (also for an unknown token)"),
        BadRequest, Invalid, TooMany, Internal,
    )
)]
#[post("/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<RefreshForm>,
) -> Result<HttpResponse, ApiError> {
    let hash = secret::digest(form.refresh_token.trim());
    let actor = actor(&req, None);
    state
        .run(move |conn| tokens::revoke_family(conn, &hash, &actor))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Ask for a password-reset link by e-mail (sent only to an active account; the answer is
/// the same either way).
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = PasswordResetRequestForm,
    responses(
        (status = 202, description = "If the address has an active account, a link was sent"),
        BadRequest, Invalid, TooMany, Internal,
    )
)]
#[post("/password-reset-requests")]
pub async fn request_password_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<PasswordResetRequestForm>,
) -> Result<HttpResponse, ApiError> {
    let mut checks = Checks::default();
    checks.email("email", &form.email);
    invalid(checks.done())?;
    let email = normalise_email(&form.email);
    let token = secret::token();
    let mailed = Mailed {
        token_hash: secret::digest(&token),
        expires_at: after(state.auth.reset_ttl),
        email: mail::reset_password(&state.auth.public_url, &email, &token),
    };
    let actor = actor(&req, None);
    state
        .run(move |conn| passwords::request_reset(conn, &email, &mailed, &actor))
        .await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new password with the e-mailed token; signs out every session of the account.
#[utoipa::path(
    tag = tags::ACCOUNTS,
    request_body = PasswordResetForm,
    responses(
        (status = 204, description = "Password changed; every refresh token of the account revoked"),
        BadRequest, Invalid, TooMany, Internal,
    )
)]
#[post("/password-resets")]
pub async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    Body(form): Body<PasswordResetForm>,
) -> Result<HttpResponse, ApiError> {
    let mut checks = Checks::default();
    checks.password("password", &form.password);
    invalid(checks.done())?;
    let plain = form.password;
    let hash = web::block(move || password::hash(&plain))
        .await?
        .map_err(|e| ApiError::internal(&e))?;
    let token = secret::digest(form.token.trim());
    let actor = actor(&req, None);
    let done = state
        .run(move |conn| passwords::reset_password(conn, &token, &hash, &actor))
        .await?;
    if done {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::bad_field(
            "token",
            "invalid",
            "Lien inconnu, déjà utilisé ou expiré.",
        ))
    }
}
