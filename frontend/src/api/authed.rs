//! Calls as the signed-in user: every request carries `Authorization: Bearer <access token>`;
//! a 401 triggers one refresh of the token pair, then the request is sent once more.
//!
//! Refreshes are serialised: the server revokes a whole token family when a refresh token is
//! presented twice, so two requests failing together must not both refresh with the same one.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_domain::TokenPair;
use futures::future::LocalBoxFuture;
use futures::lock::Mutex;
use gloo_net::http::Response;
use serde::de::DeserializeOwned;

use super::tokens::{access_token, keep, refresh_token, session_ended};
use super::{ApiError, Verb, body_text, parse, send};

thread_local! {
    static REFRESHING: Rc<Mutex<()>> = Rc::new(Mutex::new(()));
    /// The last refresh's answer, for the requests that waited for it.
    static LAST_REFRESH: RefCell<Option<TokenPair>> = const { RefCell::new(None) };
}

/// Sends `verb path` with the bearer token and an optional JSON body; refreshes once on 401.
pub async fn send_authed(
    verb: Verb,
    path: &str,
    body: Option<String>,
) -> Result<Response, ApiError> {
    let used = access_token();
    let first = send(verb, path, used.as_deref(), body.as_deref()).await;
    match first {
        Err(ApiError::Problem(problem)) if problem.status == 401 => {
            refresh_after(used.as_deref()).await?;
            send(verb, path, access_token().as_deref(), body.as_deref()).await
        }
        other => other,
    }
}

/// `send_authed` and decode the JSON answer.
pub async fn authed_json<T: DeserializeOwned>(
    verb: Verb,
    path: &str,
    body: Option<String>,
) -> Result<T, ApiError> {
    parse(&authed_text(verb, path.to_owned(), body).await?)
}

/// The body of `send_authed`, as one non-generic boxed future: every `authed_json::<T>` shares
/// it instead of inlining its own copy (wasm size).
fn authed_text(
    verb: Verb,
    path: String,
    body: Option<String>,
) -> LocalBoxFuture<'static, Result<String, ApiError>> {
    Box::pin(async move { body_text(send_authed(verb, &path, body).await?).await })
}

/// A new token pair from the stored refresh token, unless another request got one since
/// `used` failed. A refused refresh token ends the session.
pub async fn refresh_after(used: Option<&str>) -> Result<TokenPair, ApiError> {
    let lock = REFRESHING.with(Rc::clone);
    let _guard = lock.lock().await;
    let current = access_token();
    if current.is_some()
        && current.as_deref() != used
        && let Some(pair) = LAST_REFRESH.with(|l| l.borrow().clone())
    {
        return Ok(pair);
    }
    let Some(token) = refresh_token() else {
        session_ended();
        return Err(unauthenticated());
    };
    match super::refresh(token).await {
        Ok(pair) => {
            keep(&pair);
            LAST_REFRESH.with(|l| *l.borrow_mut() = Some(pair.clone()));
            Ok(pair)
        }
        Err(ApiError::Problem(problem)) if problem.status == 401 || problem.status == 400 => {
            session_ended();
            Err(ApiError::Problem(problem))
        }
        Err(other) => Err(other),
    }
}

/// The error of a call made while signed out.
fn unauthenticated() -> ApiError {
    ApiError::Problem(atlas_domain::Problem {
        kind: "about:blank".to_owned(),
        title: "Authentification requise".to_owned(),
        status: 401,
        detail: Some("Connectez-vous pour continuer.".to_owned()),
        errors: Vec::new(),
    })
}
