//! `/me`: the signed-in user's profile and password.

use actix_web::{HttpRequest, HttpResponse, get, put, web};
use atlas_accounts::password;
use atlas_db::auth::password as passwords;
use atlas_db::me::profile;
use atlas_domain::{Checks, Me, PasswordChangeForm};

use crate::auth::guards::{Authenticated, actor};
use crate::body::Body;
use crate::handlers::invalid;
use crate::handlers::responses::{BadRequest, Internal, Invalid, Unauthorized};
use crate::handlers::tags;
use crate::{ApiError, AppState};

/// The signed-in user, with the role and scope (collectivités, country, région).
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in user", body = Me),
        Unauthorized, Internal,
    )
)]
#[get("/me")]
pub async fn get_me(
    state: web::Data<AppState>,
    Authenticated(user): Authenticated,
) -> Result<web::Json<Me>, ApiError> {
    let id = user.id;
    Ok(web::Json(
        state.run(move |conn| profile::me(conn, id)).await?,
    ))
}

/// Change one's password (the current one is required); signs out every other session.
#[utoipa::path(
    tag = tags::ME,
    security(("bearer" = [])),
    request_body = PasswordChangeForm,
    responses(
        (status = 204, description = "Password changed; every refresh token revoked"),
        BadRequest, Unauthorized, Invalid, Internal,
    )
)]
#[put("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    Authenticated(user): Authenticated,
    Body(form): Body<PasswordChangeForm>,
) -> Result<HttpResponse, ApiError> {
    let mut checks = Checks::default();
    checks.password("new_password", &form.new_password);
    invalid(checks.done())?;
    let id = user.id;
    let current = state
        .run(move |conn| passwords::password_hash(conn, id))
        .await?;
    let (old, new) = (form.current_password, form.new_password);
    let hashed =
        web::block(move || password::verify(&old, &current).then(|| password::hash(&new))).await?;
    let hash = match hashed {
        None => {
            return Err(ApiError::invalid_field(
                "current_password",
                "mismatch",
                "Mot de passe actuel incorrect.",
            ));
        }
        Some(h) => h.map_err(|e| ApiError::internal(&e))?,
    };
    let actor = actor(&req, Some(id));
    state
        .run(move |conn| passwords::set_password(conn, id, &hash, &actor))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
