//! The error responses of every operation, one type per status: an operation lists the
//! failures it can answer with by name (`BadRequest, NotFound, Internal`), each documented
//! once, as a problem+json body.
#![expect(
    dead_code,
    reason = "the types document responses; their field is never built"
)]

use atlas_domain::Problem;

/// 400.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 400,
    description = "Malformed request (unparsable JSON, unknown or invalid parameter, unknown code), named in `errors` when it is a field",
    content_type = "application/problem+json"
)]
pub struct BadRequest(Problem);

/// 401.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 401,
    description = "No valid bearer token, or the account is not active (`WWW-Authenticate: Bearer`)",
    content_type = "application/problem+json"
)]
pub struct Unauthorized(Problem);

/// 403.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 403,
    description = "Signed in, but this role or scope may not do this",
    content_type = "application/problem+json"
)]
pub struct Forbidden(Problem);

/// 404.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 404,
    description = "No such resource (or not yours)",
    content_type = "application/problem+json"
)]
pub struct NotFound(Problem);

/// 409.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 409,
    description = "The change does not apply to the current state",
    content_type = "application/problem+json"
)]
pub struct Conflict(Problem);

/// 422.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 422,
    description = "Invalid fields (missing, wrong type, too long, unknown value or entity), each named in `errors`; nothing was written",
    content_type = "application/problem+json"
)]
pub struct Invalid(Problem);

/// 429.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 429,
    description = "Too many requests from this address (`Retry-After` says when to retry)",
    content_type = "application/problem+json"
)]
pub struct TooMany(Problem);

/// 500.
#[derive(utoipa::IntoResponses)]
#[response(
    status = 500,
    description = "Unexpected error",
    content_type = "application/problem+json"
)]
pub struct Internal(Problem);
