//! The open Bourse requests of a country: what each authority looks for, anchored
//! (`#demande-<id>`) so that the red markers' popups lead to them.

use atlas_domain::BourseRequestSummary;
use leptos::prelude::*;

/// The requests, newest first.
#[component]
pub fn RequestList(requests: Vec<BourseRequestSummary>) -> impl IntoView {
    if requests.is_empty() {
        return view! {
            <p class="atlas-unavailable">"Aucune demande de coopération ouverte dans ce pays."</p>
        }
        .into_any();
    }
    view! {
        <ul class="atlas-requests">
            {requests
                .into_iter()
                .map(|r| {
                    let themes = r.themes.iter().map(|t| t.label.clone()).collect::<Vec<_>>().join(" · ");
                    view! {
                        <li class="atlas-request" id=format!("demande-{}", r.id) tabindex="-1">
                            <h3 class="fr-h6 fr-mb-1w">{r.title}</h3>
                            <p class="atlas-request__who">
                                <span class="atlas-swatch atlas-swatch--demande_cooperation" aria-hidden="true"></span>
                                <strong>{r.authority_name}</strong>
                                {format!(" – {}", r.authority_kind.label())}
                                {r.city.map(|c| format!(", {c}"))}
                                {r.published_on.map(|d| format!(" · publiée le {}", crate::format::date(d)))}
                            </p>
                            <p class="fr-mb-1w">{r.description}</p>
                            {r.objectives.map(|o| view! { <p class="fr-text--sm fr-mb-1w"><strong>"Objectif : "</strong>{o}</p> })}
                            {r.sought_partner.map(|s| view! { <p class="fr-text--sm fr-mb-1w"><strong>"Partenaire recherché : "</strong>{s}</p> })}
                            <p class="fr-text--xs atlas-request__themes">{themes}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// Scrolls to the element the URL's fragment names (`#demande-12`) and focuses it, once the
/// page has drawn it: the router itself only changes the URL.
pub fn scroll_to_fragment() {
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let hash = document
            .location()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
            return;
        };
        if let Some(element) = document.get_element_by_id(id) {
            element.scroll_into_view();
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
}
