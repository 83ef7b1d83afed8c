//! `Body<T>`: a JSON request body, decoded then checked before the handler runs. Decoding
//! errors name the field (missing, wrong type, unknown value) in a 422 problem+json, and so do
//! the body's field rules ([`Checked`]: validator derives in `atlas_domain`, mapped to the same
//! field errors), so no handler can forget them. Bodies over 256 KiB and non-JSON bodies are a
//! 400.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;

use atlas_domain::FieldError;

use crate::ApiError;

/// Largest accepted body.
const LIMIT: usize = 256 * 1024;

/// A decoded JSON body.
#[derive(Debug)]
pub struct Body<T>(pub T);

/// A request body with field rules: its `check()` in `atlas_domain` (validator on the server).
pub trait Checked {
    fn checked(&self) -> Result<(), Vec<FieldError>>;
}

/// Every request body type, with its domain `check()`.
macro_rules! checked_bodies {
    ($($t:ty),* $(,)?) => {$(
        impl Checked for $t {
            fn checked(&self) -> Result<(), Vec<FieldError>> {
                self.check()
            }
        }
    )*};
}

checked_bodies!(
    atlas_domain::AccountRequestForm,
    atlas_domain::TokenForm,
    atlas_domain::LoginForm,
    atlas_domain::RefreshForm,
    atlas_domain::PasswordResetRequestForm,
    atlas_domain::PasswordResetForm,
    atlas_domain::PasswordChangeForm,
    atlas_domain::ReasonForm,
    atlas_domain::CollectiviteLinkForm,
    atlas_domain::SavedSearchForm,
    atlas_domain::SavedSearchPatch,
    atlas_domain::SavedExportForm,
);

impl<T: DeserializeOwned + Checked + 'static> FromRequest for Body<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let bytes = web::Bytes::from_request(req, payload);
        let limit_ok = req
            .headers()
            .get(actix_web::http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
            .is_none_or(|n| n <= LIMIT);
        Box::pin(async move {
            if !limit_ok {
                return Err(ApiError::bad_request("Corps de requête trop volumineux."));
            }
            let bytes = bytes
                .await
                .map_err(|e| ApiError::bad_request(format!("Corps illisible : {e}")))?;
            if bytes.len() > LIMIT {
                return Err(ApiError::bad_request("Corps de requête trop volumineux."));
            }
            let body: T = decode(&bytes)?;
            body.checked().map_err(ApiError::invalid)?;
            Ok(Body(body))
        })
    }
}

/// Decodes `bytes`, naming the failing field.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        if inner.is_syntax() || inner.is_eof() {
            return ApiError::bad_request(format!("Corps JSON invalide : {inner}"));
        }
        let path = e.path().to_string();
        let message = inner.to_string();
        // serde reports a missing field at its parent's path, with the name in backquotes.
        let (field, code) = match message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
        {
            Some(name) if path == "." => (name.to_owned(), "required"),
            Some(name) => (format!("{path}.{name}"), "required"),
            None if message.starts_with("unknown variant") => (path, "unknown"),
            None => (path, "type"),
        };
        let field = if field == "." {
            "body".to_owned()
        } else {
            field
        };
        ApiError::invalid_field(&field, code, message)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only decoding is tested")]
    struct Form {
        name: String,
        inner: Option<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "only decoding is tested")]
    struct Inner {
        zoom: f64,
    }

    fn field_of(json: &str) -> String {
        decode::<Form>(json.as_bytes())
            .unwrap_err()
            .problem()
            .errors[0]
            .field
            .clone()
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(field_of("{}"), "name");
        assert_eq!(field_of(r#"{"name": 3}"#), "name");
        assert_eq!(
            field_of(r#"{"name": "x", "inner": {"zoom": "a"}}"#),
            "inner.zoom"
        );
        assert_eq!(field_of(r#"{"name": "x", "inner": {}}"#), "inner.zoom");
        assert_eq!(decode::<Form>(b"{").unwrap_err().problem().status, 400);
    }
}
