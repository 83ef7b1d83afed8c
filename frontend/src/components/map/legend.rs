//! The map legend, which is also the layer switch: one DSFR checkbox per kind, with its colour.

use atlas_domain::MarkerKind;
use leptos::prelude::*;

/// The three kinds with their colours; unticking a kind hides its markers. Plain checkboxes in a
/// fieldset: reachable and operable with the keyboard, announced by screen readers.
#[component]
pub fn MapLegend(
    /// `id` of the map this legend belongs to (makes the checkbox ids unique in the page).
    map_id: &'static str,
    /// Kinds currently hidden; the legend reads and writes it, the map follows it.
    hidden: RwSignal<Vec<MarkerKind>>,
    /// The kinds the map can show (one toggle each).
    kinds: &'static [MarkerKind],
) -> impl IntoView {
    let title_id = format!("{map_id}-legende");
    view! {
        <div class="atlas-legend">
        <fieldset class="fr-fieldset fr-mb-0" aria-labelledby=title_id.clone()>
            <legend class="fr-fieldset__legend fr-text--md fr-mb-1w" id=title_id.clone()>
                "Légende – couches affichées"
            </legend>
            {kinds
                .iter()
                .map(|kind| {
                    let kind = *kind;
                    let input_id = format!("{map_id}-couche-{}", kind.as_str());
                    view! {
                        <div class="fr-fieldset__element fr-fieldset__element--inline">
                            <div class="fr-checkbox-group fr-checkbox-group--sm">
                                <input
                                    type="checkbox"
                                    id=input_id.clone()
                                    data-layer=kind.as_str()
                                    prop:checked=move || !hidden.with(|h| h.contains(&kind))
                                    on:change=move |ev| {
                                        let shown = event_target_checked(&ev);
                                        hidden
                                            .update(|h| {
                                                h.retain(|k| *k != kind);
                                                if !shown {
                                                    h.push(kind);
                                                }
                                            });
                                    }
                                />
                                <label class="fr-label" for=input_id>
                                    <span
                                        class=format!("atlas-swatch atlas-swatch--{}", kind.as_str())
                                        aria-hidden="true"
                                    ></span>
                                    {kind.label()}
                                </label>
                            </div>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        </div>
    }
}
