//! The keywords box of the search page, with type-ahead suggestions (`GET /api/v1/suggest`):
//! places, collectivités, partner authorities and themes. Choosing a suggestion adds its
//! criterion (`country=IN`) instead of a keyword. ARIA 1.2 combobox: arrows move in the
//! list, Enter chooses, Escape closes.

use atlas_domain::SUGGEST_MIN_CHARS;
use atlas_domain::Suggestion;
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Search;
use crate::api;
use crate::format;

const INPUT_ID: &str = "recherche-mots-cles";
const LIST_ID: &str = "recherche-suggestions";
/// Milliseconds of quiet typing before suggestions are asked for.
const DEBOUNCE_MS: u64 = 180;

/// The keywords form.
#[component]
pub fn KeywordsForm(search: Search) -> impl IntoView {
    let state = search.state;
    let typed = RwSignal::new(state.with_untracked(|s| s.get("q").unwrap_or_default()));
    // The box follows the URL (back button, suggestion chosen, link followed).
    Effect::new(move |_| typed.set(state.with(|s| s.get("q").unwrap_or_default())));

    let suggestions = RwSignal::new(Vec::<Suggestion>::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let generation = StoredValue::new(0_u64);

    let ask = move |text: String| {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        if text.trim().chars().count() < SUGGEST_MIN_CHARS {
            suggestions.set(Vec::new());
            return;
        }
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                spawn_local(async move {
                    let found = api::fetch_suggestions(text).await.unwrap_or_default();
                    if generation.try_get_value() == Some(mine) {
                        active.try_set(None);
                        suggestions.try_set(found);
                    }
                });
            },
            std::time::Duration::from_millis(DEBOUNCE_MS),
        );
    };

    let close = move || {
        open.set(false);
        active.set(None);
    };
    let choose = move |s: Suggestion| {
        close();
        suggestions.set(Vec::new());
        let current = state.get_untracked();
        typed.set(current.get("q").unwrap_or_default());
        search.go(current.added(&s.param, &s.value));
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        close();
        let current = state.get_untracked();
        search.go(current.with("q", Some(typed.get_untracked())));
    };
    let on_key = move |ev: KeyboardEvent| {
        let n = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Enter" => {
                if let (true, Some(i)) = (open.get_untracked(), active.get_untracked())
                    && let Some(s) = suggestions.with_untracked(|all| all.get(i).cloned())
                {
                    ev.prevent_default();
                    choose(s);
                }
            }
            "Escape" => close(),
            _ => {}
        }
    };
    let expanded = move || open.get() && suggestions.with(|s| !s.is_empty());

    view! {
        <form role="search" class="atlas-keywords" on:submit=submit>
            <label class="fr-label" for=INPUT_ID>
                "Mots-clés, lieu, collectivité, partenaire ou thématique"
                <span class="fr-hint-text">
                    "Par exemple « patrimoine », « Inde », « Lyon ». Accents et majuscules sont ignorés ; "
                    "choisissez une suggestion pour en faire un critère."
                </span>
            </label>
            <div class="fr-search-bar fr-mt-1w atlas-keywords__bar">
                <div class="atlas-combobox">
                    <input
                        class="fr-input"
                        type="search"
                        id=INPUT_ID
                        name="q"
                        autocomplete="off"
                        role="combobox"
                        aria-autocomplete="list"
                        aria-controls=LIST_ID
                        aria-expanded=move || expanded().to_string()
                        aria-activedescendant=move || {
                            active.get().filter(|_| expanded()).map(|i| format!("{LIST_ID}-{i}"))
                        }
                        prop:value=move || typed.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            typed.set(text.clone());
                            open.set(true);
                            ask(text);
                        }
                        on:keydown=on_key
                        on:blur=move |_| close()
                    />
                    <ul
                        id=LIST_ID
                        role="listbox"
                        class="atlas-suggestions"
                        aria-label="Suggestions"
                        hidden=move || !expanded()
                    >
                        {move || {
                            suggestions
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, s)| {
                                    let chosen = s.clone();
                                    view! {
                                        <li
                                            id=format!("{LIST_ID}-{i}")
                                            role="option"
                                            class="atlas-suggestion"
                                            data-param=s.param.clone()
                                            data-value=s.value.clone()
                                            aria-selected=move || (active.get() == Some(i)).to_string()
                                            // mousedown, not click: the input's blur would close the list first.
                                            on:mousedown=move |ev| {
                                                ev.prevent_default();
                                                choose(chosen.clone());
                                            }
                                        >
                                            <span class="atlas-suggestion__label">{s.label.clone()}</span>
                                            <span class="atlas-suggestion__detail">
                                                {s.detail.clone()} " · "
                                                {format::count_with_noun(s.count, "projet", "projets")}
                                            </span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
                <button class="fr-btn" type="submit" title="Rechercher">
                    "Rechercher"
                </button>
            </div>
            <p class="fr-sr-only" aria-live="polite">
                {move || {
                    let n = suggestions.with(Vec::len);
                    if expanded() {
                        format!("{n} suggestions ; flèches haut et bas pour les parcourir.")
                    } else {
                        String::new()
                    }
                }}
            </p>
        </form>
    }
}
