//! The public account endpoints: reference entities, account request and its confirmation,
//! login, refresh, logout, password reset.

use atlas_domain::{AccountRequestForm, AccountStatusReply, Entity, Items, TokenPair};
use serde_json::json;

use super::{ApiError, get_json, post_empty, post_json, query_string};

/// `GET /api/v1/reference/entities?q=&kind=&limit=50`: communes, EPCI, départements,
/// régions or countries whose name starts with `text` (`kind` one kind, empty for all).
pub async fn fetch_entities(text: String, kind: String) -> Result<Vec<Entity>, ApiError> {
    let query = query_string(&[("q", text), ("kind", kind), ("limit", "50".to_owned())]);
    get_json::<Items<Entity>>(&format!("/api/v1/reference/entities{query}"))
        .await
        .map(|found| found.items)
}

/// `POST /api/v1/account-requests`.
pub async fn request_account(request: AccountRequestForm) -> Result<AccountStatusReply, ApiError> {
    post_json("/api/v1/account-requests", &request).await
}

/// `POST /api/v1/account-requests/confirmation`: the link of the confirmation e-mail.
pub async fn confirm_account_request(token: String) -> Result<AccountStatusReply, ApiError> {
    post_json(
        "/api/v1/account-requests/confirmation",
        &json!({ "token": token }),
    )
    .await
}

/// `POST /api/v1/auth/login`.
pub async fn login(email: String, password: String) -> Result<TokenPair, ApiError> {
    post_json(
        "/api/v1/auth/login",
        &json!({ "email": email, "password": password }),
    )
    .await
}

/// `POST /api/v1/auth/refresh`: a new pair for the refresh token (which is then used up).
pub async fn refresh(refresh_token: String) -> Result<TokenPair, ApiError> {
    post_json(
        "/api/v1/auth/refresh",
        &json!({ "refresh_token": refresh_token }),
    )
    .await
}

/// `POST /api/v1/auth/logout`: revokes the refresh token's family.
pub async fn logout(refresh_token: String) -> Result<(), ApiError> {
    post_empty(
        "/api/v1/auth/logout",
        &json!({ "refresh_token": refresh_token }),
    )
    .await
}

/// `POST /api/v1/auth/password-reset-requests`: e-mails a reset link if the account exists.
pub async fn request_password_reset(email: String) -> Result<(), ApiError> {
    post_empty(
        "/api/v1/auth/password-reset-requests",
        &json!({ "email": email }),
    )
    .await
}

/// `POST /api/v1/auth/password-resets`: the new password, with the e-mailed token.
pub async fn reset_password(token: String, password: String) -> Result<(), ApiError> {
    post_empty(
        "/api/v1/auth/password-resets",
        &json!({ "token": token, "password": password }),
    )
    .await
}
