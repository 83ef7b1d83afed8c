//! The typed client of the Atlas API (same origin, JSON): one function per endpoint, every
//! failure turned into an [`ApiError`] whose server side is the API's own `Problem` document.
//! Protected endpoints go through [`authed`] (bearer token, one refresh on 401).

mod accounts;
mod admin;
mod authed;
mod endpoints;
mod error;
mod me;
pub mod tokens;

pub use accounts::*;
pub use admin::*;
pub use authed::refresh_after;
pub use endpoints::*;
pub use error::{ApiError, field_message, status_title};
pub use me::*;

use atlas_domain::Problem;
use futures::future::LocalBoxFuture;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The HTTP methods the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

/// GETs `path` and decodes its JSON body as `T`.
async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    parse(&get_text(path.to_owned()).await?)
}

/// The body of a GET, as one non-generic boxed future: every `get_json::<T>` shares it instead
/// of inlining its own copy of the request state machine (wasm size).
fn get_text(path: String) -> LocalBoxFuture<'static, Result<String, ApiError>> {
    Box::pin(async move { body_text(send_get(&path).await?).await })
}

/// GETs `path`; a non-2xx answer becomes [`ApiError::Problem`].
async fn send_get(path: &str) -> Result<Response, ApiError> {
    send(Verb::Get, path, None, None).await
}

/// POSTs `body` as JSON to a public endpoint and decodes the JSON answer.
async fn post_json<B: Serialize, T: DeserializeOwned>(path: &str, body: &B) -> Result<T, ApiError> {
    parse(&post_text(path.to_owned(), to_json(body)?).await?)
}

/// The body of a public POST, as one non-generic boxed future (see [`get_text`]).
fn post_text(path: String, json: String) -> LocalBoxFuture<'static, Result<String, ApiError>> {
    Box::pin(async move { body_text(send(Verb::Post, &path, None, Some(&json)).await?).await })
}

/// POSTs `body` as JSON to a public endpoint whose answer has no body worth reading.
async fn post_empty<B: Serialize>(path: &str, body: &B) -> Result<(), ApiError> {
    send(Verb::Post, path, None, Some(&to_json(body)?))
        .await
        .map(drop)
}

/// A JSON body.
fn to_json<B: Serialize>(body: &B) -> Result<String, ApiError> {
    serde_json::to_string(body).map_err(|err| ApiError::Decode(err.to_string()))
}

/// Sends one request (with a bearer token and a JSON body when given); a non-2xx answer
/// becomes [`ApiError::Problem`].
async fn send(
    verb: Verb,
    path: &str,
    bearer: Option<&str>,
    body: Option<&str>,
) -> Result<Response, ApiError> {
    let mut builder: RequestBuilder = match verb {
        Verb::Get => Request::get(path),
        Verb::Post => Request::post(path),
        Verb::Put => Request::put(path),
        Verb::Patch => Request::patch(path),
        Verb::Delete => Request::delete(path),
    }
    .header("Accept", "application/json, application/problem+json");
    if let Some(token) = bearer {
        builder = builder.header("Authorization", &format!("Bearer {token}"));
    }
    let request = match body {
        Some(json) => builder
            .header("Content-Type", "application/json")
            .body(json.to_owned()),
        None => builder.build(),
    }
    .map_err(|err| ApiError::Network(err.to_string()))?;
    let response = request
        .send()
        .await
        .map_err(|err| ApiError::Network(err.to_string()))?;
    if response.ok() {
        Ok(response)
    } else {
        Err(ApiError::Problem(problem_of(response).await))
    }
}

/// The body of a successful answer, to [`parse`] (the same errors as gloo's `Response::json`).
async fn body_text(response: Response) -> Result<String, ApiError> {
    response
        .text()
        .await
        .map_err(|err| ApiError::Decode(err.to_string()))
}

/// A JSON body decoded as `T`.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|err| ApiError::Decode(err.to_string()))
}

/// The problem document of an error response, or one made up from its status when the body is
/// not a problem (a proxy's HTML page, an empty body).
async fn problem_of(response: Response) -> Problem {
    let status = response.status();
    match response.json::<Problem>().await {
        Ok(problem) => problem,
        Err(_) => Problem {
            kind: "about:blank".to_owned(),
            title: error::status_title(status).to_owned(),
            status,
            detail: None,
            errors: Vec::new(),
        },
    }
}
