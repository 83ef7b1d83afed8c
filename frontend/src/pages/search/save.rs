//! « Enregistrer la recherche », « Enregistrer la carte » and « Enregistrer le PDF dans mon
//! espace »: for signed-in users, each asks a name and keeps the search (its query string;
//! the map's view and layers for a map; the PDF report for an extraction) in « Mon espace ».

use atlas_domain::{SavedExportForm, SavedSearchForm, SavedSearchKind, links};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::map::KINDS;
use super::saved_map::MapState;
use super::{Search, SearchState};
use crate::api::{self, ApiError};
use crate::components::{Field, FormAlert, FormState};
use crate::session::use_session;

/// What can be saved from the search page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    Search,
    Map,
    Pdf,
}

impl Saving {
    const ALL: [Saving; 3] = [Saving::Search, Saving::Map, Saving::Pdf];

    fn button(self) -> &'static str {
        match self {
            Saving::Search => "Enregistrer la recherche",
            Saving::Map => "Enregistrer la carte",
            Saving::Pdf => "Enregistrer le PDF dans mon espace",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Saving::Search => "Recherche",
            Saving::Map => "Carte",
            Saving::Pdf => "Extraction PDF",
        }
    }

    fn done(self, name: &str) -> String {
        match self {
            Saving::Search => format!("La recherche « {name} » est enregistrée dans votre espace."),
            Saving::Map => format!("La carte « {name} » est enregistrée dans votre espace."),
            Saving::Pdf => format!("Le PDF « {name} » est enregistré dans votre espace."),
        }
    }

    fn data(self) -> &'static str {
        match self {
            Saving::Search => "search",
            Saving::Map => "map",
            Saving::Pdf => "pdf",
        }
    }
}

/// The name proposed for a new saved item: its keywords when it has some.
pub fn default_name(saving: Saving, keywords: Option<&str>) -> String {
    match keywords.map(str::trim).filter(|k| !k.is_empty()) {
        Some(words) => format!("{} : {words}", saving.noun()),
        None => format!("{} sans mot-clé", saving.noun()),
    }
}

/// Saves `saving` under `name` for the search `state`.
async fn save(
    saving: Saving,
    name: String,
    state: SearchState,
    map: MapState,
) -> Result<(), ApiError> {
    match saving {
        Saving::Search | Saving::Map => {
            let (kind, map_view) = match saving {
                Saving::Map => (SavedSearchKind::Map, map.map_view(KINDS)),
                _ => (SavedSearchKind::Search, None),
            };
            let new = SavedSearchForm {
                kind,
                name,
                query: state.query(),
                map_view,
            };
            api::save_search(new).await.map(drop)
        }
        Saving::Pdf => {
            let new = SavedExportForm {
                name,
                query: state.export_query(),
            };
            api::save_export(new).await.map(drop)
        }
    }
}

/// The three save buttons, and the name form of the one clicked. Nothing when signed out.
#[component]
pub fn SaveTools(search: Search, map: MapState) -> impl IntoView {
    let session = use_session();
    let open = RwSignal::new(None::<Saving>);
    let name = RwSignal::new(String::new());
    let saved = RwSignal::new(None::<String>);
    let form = FormState::new();

    let choose = move |saving: Saving| {
        let keywords = search.state.with_untracked(|s| s.get("q"));
        name.set(default_name(saving, keywords.as_deref()));
        form.error.set(None);
        saved.set(None);
        open.set(Some(saving));
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(saving) = open.get_untracked() else {
            return;
        };
        let chosen = name.get_untracked().trim().to_owned();
        if chosen.is_empty() {
            form.reject(vec![(
                "name",
                "Donnez un nom pour le retrouver dans votre espace.",
            )]);
            return;
        }
        if !form.start() {
            return;
        }
        let state = search.state.get_untracked();
        spawn_local(async move {
            if form
                .finish(save(saving, chosen.clone(), state, map).await)
                .is_some()
            {
                open.try_set(None);
                saved.try_set(Some(saving.done(&chosen)));
            }
        });
    };

    view! {
        <Show when=move || session.signed_in()>
            <div class="atlas-save-tools fr-mt-2w" data-save-tools="">
                <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                    {Saving::ALL.iter().map(|saving| {
                        let saving = *saving;
                        view! {
                            <li>
                                <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm"
                                    data-save=saving.data()
                                    aria-expanded=move || (open.get() == Some(saving)).to_string()
                                    on:click=move |_| choose(saving)>
                                    {saving.button()}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {move || open.get().map(|saving| view! {
                    <form class="atlas-save-form fr-p-2w fr-mb-2w" on:submit=submit data-save-form=saving.data()>
                        <FormAlert form=form title="L'enregistrement a échoué" />
                        <Field id="nom-enregistrement" label=format!("Nom de la {}", saving.noun().to_lowercase()) hint="Pour la retrouver dans « Mon espace »." value=name error=form.field("name") />
                        {(saving == Saving::Pdf).then(|| view! {
                            <p class="fr-text--sm">"Le rapport PDF de tous les résultats est préparé maintenant et gardé dans votre espace."</p>
                        })}
                        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                            <li><button class="fr-btn fr-btn--sm" type="submit" disabled=move || form.busy.get()>"Enregistrer"</button></li>
                            <li><button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" on:click=move |_| open.set(None)>"Annuler"</button></li>
                        </ul>
                    </form>
                })}
                {move || saved.get().map(|message| view! {
                    <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-2w" role="status" data-saved="">
                        <p>{message} " " <A href=links::MY_SPACE attr:class="fr-link">"Voir mon espace"</A></p>
                    </div>
                })}
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proposed_name_quotes_the_keywords() {
        assert_eq!(default_name(Saving::Map, Some(" eau ")), "Carte : eau");
        assert_eq!(default_name(Saving::Search, None), "Recherche sans mot-clé");
        assert_eq!(
            default_name(Saving::Pdf, Some("")),
            "Extraction PDF sans mot-clé"
        );
    }
}
