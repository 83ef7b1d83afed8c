//! The header's search box: keywords that open the search page (`/recherche?q=…`).

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::pages::SearchState;

/// A DSFR search bar; `id` is unique in the page (the header shows it twice on small screens).
#[component]
pub fn SearchBox(id: &'static str) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let navigate = use_navigate();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let next = SearchState::default().with("q", Some(text.get_untracked()));
        text.set(String::new());
        navigate(&next.url(), NavigateOptions::default());
    };
    let input = format!("{id}-input");
    view! {
        <form role="search" class="fr-search-bar" id=id on:submit=submit>
            <label class="fr-label" for=input.clone()>"Rechercher un projet"</label>
            <input
                class="fr-input"
                type="search"
                id=input
                name="q"
                placeholder="Rechercher un projet"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
            <button class="fr-btn" type="submit" title="Rechercher">
                "Rechercher"
            </button>
        </form>
    }
}
