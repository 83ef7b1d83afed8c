//! Guard extractors: a handler states who may call it by the guard it takes. Each guard
//! reads the bearer token, loads the user's role and scope from the database (so a disabled
//! account stops at once) and answers 401 (no valid token) or 403 (wrong role) before the
//! handler runs. Scope checks that need the target (which collectivité, which country) are
//! methods of the guards, never role comparisons in handlers.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use atlas_db::auth::principal::{self, Principal};
use atlas_db::write::Actor;
use atlas_domain::{AccountStatus, Role};

use super::jwt;
use crate::{ApiError, AppState};

type GuardFuture<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

/// Who wrote, for the audit log: the user (if any) and the peer address.
pub fn actor(req: &HttpRequest, user_id: Option<i32>) -> Actor {
    Actor {
        user_id,
        ip: req.peer_addr().map(|a| a.ip().to_string()),
    }
}

fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

/// The active user a request's bearer token designates.
async fn principal(
    state: web::Data<AppState>,
    token: Option<String>,
) -> Result<Principal, ApiError> {
    let unauthorized = || ApiError::unauthorized("Connectez-vous pour accéder à cette ressource.");
    let token = token.ok_or_else(unauthorized)?;
    let id = jwt::verify(&state.auth, &token).ok_or_else(unauthorized)?;
    let found = state
        .run(move |conn| principal::principal(conn, id))
        .await?;
    found
        .filter(|p| p.status == AccountStatus::Active)
        .ok_or_else(unauthorized)
}

fn load(req: &HttpRequest) -> GuardFuture<Principal> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let token = bearer(req);
    Box::pin(async move {
        let state = state.ok_or_else(|| ApiError::internal(&"no application state"))?;
        principal(state, token).await
    })
}

/// Any signed-in user with an active account.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Principal);

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = GuardFuture<Self>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let loading = load(req);
        Box::pin(async move { loading.await.map(Authenticated) })
    }
}

/// Declares a guard that admits the roles `$roles` and builds itself with `$build`.
macro_rules! role_guard {
    ($(#[$meta:meta])* $name:ident, [$($role:path),+], |$p:ident| $build:expr) => {
        $(#[$meta])*
        impl FromRequest for $name {
            type Error = ApiError;
            type Future = GuardFuture<Self>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let loading = load(req);
                Box::pin(async move {
                    let $p = loading.await?;
                    if matches!($p.role, $($role)|+) {
                        Ok($build)
                    } else {
                        Err(ApiError::forbidden())
                    }
                })
            }
        }
    };
}

/// A DAECT administrator.
#[derive(Debug, Clone)]
pub struct AdminUser(pub Principal);
role_guard!(AdminUser, [Role::Admin], |p| AdminUser(p));

/// Who moderates Bourse requests: an embassy (its country only) or an administrator (all).
#[derive(Debug, Clone)]
pub struct Moderator {
    pub principal: Principal,
    /// The embassy's country; `None` for an administrator.
    pub country: Option<String>,
}
role_guard!(Moderator, [Role::Ambassade, Role::Admin], |p| Moderator {
    country: if p.role == Role::Admin {
        None
    } else {
        p.country_code.clone().or(Some(String::new()))
    },
    principal: p,
});

impl Moderator {
    /// 403 unless this moderator may act on requests of `country`.
    pub fn check_country(&self, country: &str) -> Result<(), ApiError> {
        match &self.country {
            Some(own) if own != country => Err(ApiError::forbidden()),
            _ => Ok(()),
        }
    }
}

/// Who follows the collectivités of a région: its préfecture, operators and administrators
/// (any région).
#[derive(Debug, Clone)]
pub struct RegionFollower {
    pub principal: Principal,
    /// The préfecture's région; `None` for operators and administrators.
    pub region: Option<String>,
}
role_guard!(
    RegionFollower,
    [Role::Prefecture, Role::Operateur, Role::Admin],
    |p| RegionFollower {
        region: if p.role == Role::Prefecture {
            p.region_code.clone().or(Some(String::new()))
        } else {
            None
        },
        principal: p,
    }
);

/// Who reads extranet data of collectivités: their agents, the préfecture of their région,
/// operators and administrators. Embassies do not.
#[derive(Debug, Clone)]
pub struct ExtranetReader(pub Principal);
role_guard!(
    ExtranetReader,
    [
        Role::Collectivite,
        Role::Prefecture,
        Role::Operateur,
        Role::Admin
    ],
    |p| ExtranetReader(p)
);

impl ExtranetReader {
    /// 403 unless this user may read collectivité `id` (of région `region`).
    pub fn check_collectivite(&self, id: i32, region: Option<&str>) -> Result<(), ApiError> {
        let p = &self.0;
        let allowed = match p.role {
            Role::Admin | Role::Operateur => true,
            Role::Collectivite => p.collectivites.contains(&id),
            Role::Prefecture => p.region_code.is_some() && p.region_code.as_deref() == region,
            Role::Ambassade => false,
        };
        if allowed {
            Ok(())
        } else {
            Err(ApiError::forbidden())
        }
    }
}
