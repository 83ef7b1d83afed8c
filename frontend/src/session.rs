//! Who is signed in, for the whole app: the user (`Me`) as a signal, restored at start-up from
//! the refresh token the browser kept, set by login and cleared by logout (or by a refresh
//! token the server refused).

use atlas_domain::{Me, Role};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, ApiError, tokens};

/// The session, shared through the context (`use_session`).
#[derive(Clone, Copy)]
pub struct Session {
    me: RwSignal<Option<Me>>,
    /// False until the start-up restore has answered: guards wait rather than redirect.
    known: RwSignal<bool>,
}

impl Session {
    /// Creates the session, provides it to the app and restores it from the refresh token.
    pub fn provide() -> Session {
        let session = Session {
            me: RwSignal::new(None),
            known: RwSignal::new(false),
        };
        provide_context(session);
        tokens::on_session_end(move || {
            session.me.try_set(None);
        });
        if tokens::refresh_token().is_some() {
            spawn_local(async move {
                if let Ok(pair) = api::refresh_after(None).await {
                    session.me.try_set(Some(pair.user));
                }
                session.known.try_set(true);
            });
        } else {
            session.known.set(true);
        }
        session
    }

    /// The signed-in user.
    pub fn me(&self) -> Option<Me> {
        self.me.get()
    }

    /// The signed-in user, without tracking.
    pub fn me_untracked(&self) -> Option<Me> {
        self.me.get_untracked()
    }

    /// Whether someone is signed in.
    pub fn signed_in(&self) -> bool {
        self.me.with(Option::is_some)
    }

    /// Whether the signed-in user is an administrator.
    pub fn is_admin(&self) -> bool {
        self.me
            .with(|me| me.as_ref().is_some_and(|m| m.role == Role::Admin))
    }

    /// Whether the start-up restore is over (until then, nobody seems signed in).
    pub fn known(&self) -> bool {
        self.known.get()
    }

    /// Signs in; on success the tokens are kept and the user is known to the app.
    pub async fn login(&self, email: String, password: String) -> Result<Me, ApiError> {
        let pair = api::login(email, password).await?;
        tokens::keep(&pair);
        self.me.set(Some(pair.user.clone()));
        self.known.set(true);
        Ok(pair.user)
    }

    /// Signs out: the server revokes the refresh token's family; the browser forgets both
    /// tokens even when the server cannot be reached.
    pub async fn logout(&self) {
        if let Some(token) = tokens::refresh_token() {
            let _ = api::logout(token).await;
        }
        tokens::forget();
        self.me.set(None);
    }

    /// Replaces the user (after an update of the profile).
    pub fn set_me(&self, me: Me) {
        self.me.set(Some(me));
    }
}

/// The app's session.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
