//! `/mon-espace`: the signed-in user's profile, saved searches and maps, saved PDF extractions.

mod confirm_delete;
mod download;
mod password_change;
mod profile;
mod saved_exports;
mod saved_searches;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::RequireSignedIn;
use crate::layout::set_page_title;
use crate::session::use_session;
use password_change::PasswordChange;
use profile::Profile;
use saved_exports::SavedExports;
use saved_searches::SavedSearches;

/// The personal space.
#[component]
pub fn MySpacePage() -> impl IntoView {
    set_page_title("Mon espace");
    // The profile may have changed since login (a collectivité linked by an administrator).
    let session = use_session();
    Effect::new(move |_| {
        if session.signed_in() {
            spawn_local(async move {
                if let Ok(me) = api::fetch_me().await
                    && session.me_untracked().as_ref() != Some(&me)
                {
                    session.set_me(me);
                }
            });
        }
    });
    view! {
        <RequireSignedIn>
            <div class="fr-container fr-pt-4w fr-pb-8w" data-page="mon-espace">
                <h1>"Mon espace"</h1>
                <Profile />
                <SavedSearches />
                <SavedExports />
                <PasswordChange />
            </div>
        </RequireSignedIn>
    }
}
