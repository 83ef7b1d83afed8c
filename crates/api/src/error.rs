//! The one error type of the API, rendered as RFC 9457 problem+json.
//! Unexpected errors become an opaque 500 whose cause goes to the log only.

use actix_web::http::StatusCode;
use actix_web::http::header::ContentType;
use actix_web::{HttpResponse, ResponseError};
use atlas_db::DbError;
use atlas_db::write::Conflict;
use atlas_domain::{FieldError, Problem};

/// The media type of error bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";

#[derive(Debug, Clone)]
pub struct ApiError {
    status: StatusCode,
    title: &'static str,
    detail: Option<String>,
    errors: Vec<FieldError>,
}

impl ApiError {
    fn new(status: StatusCode, title: &'static str, detail: Option<String>) -> Self {
        ApiError {
            status,
            title,
            detail,
            errors: Vec::new(),
        }
    }

    /// 404: the resource does not exist.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "Ressource introuvable",
            Some(detail.into()),
        )
    }

    /// 405: the path exists, not with this method.
    pub fn method_not_allowed(method: &str) -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "Méthode non autorisée",
            Some(format!(
                "La méthode {method} n'est pas acceptée sur ce chemin."
            )),
        )
    }

    /// 400: the request is malformed (unparsable body, bad query string).
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "Requête invalide",
            Some(detail.into()),
        )
    }

    /// 422: well-formed but invalid fields.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            title: "Données invalides",
            detail: Some("Un ou plusieurs champs sont invalides.".to_owned()),
            errors,
        }
    }

    /// A 400 naming one invalid field (query parameters, path segments).
    pub fn bad_field(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError {
            errors: vec![FieldError {
                field: field.to_owned(),
                code: code.to_owned(),
                message: message.into(),
            }],
            ..Self::new(
                StatusCode::BAD_REQUEST,
                "Requête invalide",
                Some(format!("Paramètre invalide : {field}")),
            )
        }
    }

    /// A 400 naming every invalid query parameter (project criteria, list options).
    pub fn bad_query(errors: Vec<FieldError>) -> Self {
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        let detail = format!("Paramètres invalides : {}", fields.join(", "));
        ApiError {
            errors,
            ..Self::new(StatusCode::BAD_REQUEST, "Requête invalide", Some(detail))
        }
    }

    /// 401: no valid credentials (`WWW-Authenticate: Bearer` is added to the response).
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "Authentification requise",
            Some(detail.into()),
        )
    }

    /// 403: authenticated, but this role or scope may not do this.
    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "Accès refusé",
            Some("Votre compte ne permet pas cette action.".to_owned()),
        )
    }

    /// 409: the change does not apply to the record's current state.
    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "Conflit", Some(detail.into()))
    }

    /// 429: too many requests from this address (`Retry-After` is set by the rate limiter).
    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "Trop de requêtes",
            Some(format!(
                "Trop de requêtes depuis cette adresse : réessayez dans {retry_after_secs} s."
            )),
        )
    }

    /// 422 naming one invalid body field.
    pub fn invalid_field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Self::invalid(vec![FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        }])
    }

    /// 500, logging the cause without exposing it.
    pub fn internal(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Erreur interne",
            Some("Une erreur inattendue est survenue.".to_owned()),
        )
    }

    pub fn problem(&self) -> Problem {
        Problem {
            kind: "about:blank".to_owned(),
            title: self.title.to_owned(),
            status: self.status.as_u16(),
            detail: self.detail.clone(),
            errors: self.errors.clone(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status.as_u16(), self.title)?;
        if let Some(d) = &self.detail {
            write!(f, ": {d}")?;
        }
        Ok(())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        response.insert_header(ContentType(PROBLEM_JSON.parse().unwrap_or(mime_json())));
        if self.status == StatusCode::UNAUTHORIZED {
            response.insert_header((actix_web::http::header::WWW_AUTHENTICATE, "Bearer"));
        }
        response.json(self.problem())
    }
}

fn mime_json() -> actix_web::mime::Mime {
    actix_web::mime::APPLICATION_JSON
}

/// The sentence of a refused transition, chosen here: storage only gives the code.
fn conflict_sentence(c: Conflict) -> &'static str {
    match c {
        Conflict::AlreadyModerated => "Cette demande n'attend pas de modération.",
        Conflict::NotAwaitingValidation => "Cette demande n'attend pas de validation.",
        Conflict::AlreadyDecided => "Cette demande n'est plus en attente.",
        Conflict::AlreadyInStatus => "Le compte est déjà dans cet état.",
        Conflict::NotAnAgent => "Seul un agent de collectivité agit pour des collectivités.",
        Conflict::EmailTaken => "Cette adresse a déjà un compte.",
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e {
            e if e.is_not_found() => {
                ApiError::not_found("Aucune ressource ne correspond à cet identifiant.")
            }
            DbError::Forbidden => ApiError::forbidden(),
            DbError::Conflict(c) => ApiError::conflict(conflict_sentence(c)),
            DbError::Field(f) => ApiError::invalid(vec![f]),
            e => {
                // The causes name what failed (an unknown stored value, its column): the log
                // gets them all, the client none.
                let mut chain = e.to_string();
                let mut source = std::error::Error::source(&e);
                while let Some(cause) = source {
                    chain.push_str(": ");
                    chain.push_str(&cause.to_string());
                    source = cause.source();
                }
                ApiError::internal(&chain)
            }
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        ApiError::internal(&e)
    }
}

/// Turns actix's own extractor failures (bad query string, bad path) into problem+json.
pub fn query_error(
    err: actix_web::error::QueryPayloadError,
    _: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::bad_request(format!("Paramètres de requête invalides : {err}")).into()
}

pub fn path_error(
    err: actix_web::error::PathError,
    _: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::bad_request(format!("Chemin invalide : {err}")).into()
}

pub fn json_error(
    err: actix_web::error::JsonPayloadError,
    _: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::bad_request(format!("Corps JSON invalide : {err}")).into()
}
