//! The administration's endpoints: account requests to validate, users, audit log, outbox.
//! Every list is one page of `{items, total, page, per_page}`; `query` is its query string,
//! `?` included (empty for the defaults).

use atlas_domain::{AccountRequest, AuditEntry, Email, Page, UserSummary};
use serde_json::json;

use super::authed::authed_json;
use super::{ApiError, Verb};

/// `GET /api/v1/admin/account-requests?…`.
pub async fn fetch_account_requests(query: String) -> Result<Page<AccountRequest>, ApiError> {
    authed_json(
        Verb::Get,
        &format!("/api/v1/admin/account-requests{query}"),
        None,
    )
    .await
}

/// `POST /api/v1/admin/account-requests/{id}/approval`.
pub async fn approve_account_request(id: i32) -> Result<AccountRequest, ApiError> {
    let path = format!("/api/v1/admin/account-requests/{id}/approval");
    authed_json(Verb::Post, &path, None).await
}

/// `POST /api/v1/admin/account-requests/{id}/refusal`.
pub async fn refuse_account_request(id: i32, reason: String) -> Result<AccountRequest, ApiError> {
    let path = format!("/api/v1/admin/account-requests/{id}/refusal");
    let body = json!({ "reason": reason }).to_string();
    authed_json(Verb::Post, &path, Some(body)).await
}

/// `GET /api/v1/admin/users?…`.
pub async fn fetch_users(query: String) -> Result<Page<UserSummary>, ApiError> {
    authed_json(Verb::Get, &format!("/api/v1/admin/users{query}"), None).await
}

/// `POST /api/v1/admin/users/{id}/disabling` or `…/enabling`.
pub async fn set_user_enabled(id: i32, enabled: bool) -> Result<UserSummary, ApiError> {
    let action = if enabled { "enabling" } else { "disabling" };
    let path = format!("/api/v1/admin/users/{id}/{action}");
    authed_json(Verb::Post, &path, None).await
}

/// `GET /api/v1/admin/audit-log?…`.
pub async fn fetch_audit_log(query: String) -> Result<Page<AuditEntry>, ApiError> {
    authed_json(Verb::Get, &format!("/api/v1/admin/audit-log{query}"), None).await
}

/// `GET /api/v1/admin/outbox?…`.
pub async fn fetch_outbox(query: String) -> Result<Page<Email>, ApiError> {
    authed_json(Verb::Get, &format!("/api/v1/admin/outbox{query}"), None).await
}
