//! The typed client of the Atlas API (same origin, JSON): one function per endpoint, every
//! failure turned into an [`ApiError`] whose server side is the API's own `Problem` document.

mod endpoints;
mod error;

pub use endpoints::*;
pub use error::ApiError;

use atlas_domain::Problem;
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;

/// GETs `path` and decodes its JSON body as `T`.
async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let response = send_get(path).await?;
    response
        .json::<T>()
        .await
        .map_err(|err| ApiError::Decode(err.to_string()))
}

/// GETs `path`; a non-2xx answer becomes [`ApiError::Problem`].
async fn send_get(path: &str) -> Result<Response, ApiError> {
    let response = Request::get(path)
        .header("Accept", "application/json, application/problem+json")
        .send()
        .await
        .map_err(|err| ApiError::Network(err.to_string()))?;
    if response.ok() {
        Ok(response)
    } else {
        Err(ApiError::Problem(problem_of(response).await))
    }
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
