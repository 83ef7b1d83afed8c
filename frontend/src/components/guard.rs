//! Pages for signed-in users only: until the session is known they wait; anonymous visitors
//! are sent to `/connexion?retour=<where they were>`; a signed-in user without the role sees
//! « Accès refusé ».

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use super::Loading;
use crate::session::use_session;

/// The login page, with the address to come back to after signing in.
///
/// Not [`links::login_back_to`]: that one leaves `/` unencoded (`retour=/admin/demandes`),
/// while this page has always sent `retour=%2Fadmin%2Fdemandes` (the browser tests check it)
/// and no `retour` at all for the home page.
pub fn login_url(back_to: &str) -> String {
    if back_to.is_empty() || back_to == links::HOME {
        links::LOGIN.to_owned()
    } else {
        format!(
            "{}?retour={}",
            links::LOGIN,
            atlas_domain::percent_encode(back_to)
        )
    }
}

/// Where to go after signing in: the asked path if it is one of the app's own (never another
/// site: `//host` and `https://…` are refused), else « Mon espace ».
pub fn safe_return(asked: Option<&str>) -> String {
    match asked {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => {
            path.to_owned()
        }
        _ => links::MY_SPACE.to_owned(),
    }
}

/// Shows `children` to signed-in users (administrators only when `admin`).
#[component]
pub fn RequireSignedIn(
    /// Whether the page is for administrators only.
    #[prop(optional)]
    admin: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let navigate = use_navigate();
    // The guarded page's own address, read when it is created: a lazy route's page stays
    // mounted while the next page's code loads, and by then the address is the next page's.
    let page = location.pathname.get_untracked();
    let here = format!("{page}{}", location.search.get_untracked());
    Effect::new(move |_| {
        let still_here = location.pathname.get_untracked() == page;
        if session.known() && !session.signed_in() && still_here {
            navigate(
                &login_url(&here),
                NavigateOptions {
                    replace: true,
                    ..NavigateOptions::default()
                },
            );
        }
    });
    move || {
        if !session.known() || !session.signed_in() {
            view! { <div class="fr-container fr-py-6w"><Loading label="Vérification de la connexion…" /></div> }
                .into_any()
        } else if admin && !session.is_admin() {
            view! {
                <div class="fr-container fr-py-6w" data-page="acces-refuse">
                    <h1>"Accès refusé"</h1>
                    <div class="fr-alert fr-alert--error">
                        <p>"Cette page est réservée aux administrateurs de l'Atlas."</p>
                    </div>
                </div>
            }
            .into_any()
        } else {
            children().into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_url_carries_the_page_to_come_back_to() {
        assert_eq!(login_url("/"), "/connexion");
        assert_eq!(
            login_url("/admin/journal?page=2"),
            "/connexion?retour=%2Fadmin%2Fjournal%3Fpage%3D2"
        );
    }

    #[test]
    fn only_the_apps_own_paths_are_returned_to() {
        assert_eq!(safe_return(Some("/recherche?q=eau")), "/recherche?q=eau");
        assert_eq!(safe_return(Some("//evil.example")), "/mon-espace");
        assert_eq!(safe_return(Some("https://evil.example")), "/mon-espace");
        assert_eq!(safe_return(None), "/mon-espace");
    }
}
