//! The headline figures of the home page, formatted the French way. Each number carries
//! `data-figure="<name>"` for the browser tests.

use atlas_domain::Totals;
use leptos::prelude::*;

use crate::format;

/// Six cards: collectivités, partners, countries, projects (split by kind), open Bourse
/// requests and the latest year's APD.
#[component]
pub fn HeadlineFigures(
    /// The whole-Atlas totals of `GET /api/v1/stats`.
    totals: Totals,
) -> impl IntoView {
    let apd = match (totals.apd_year, totals.apd_amount_cents) {
        (Some(year), Some(cents)) => view! {
            <FigureCard
                name="apd"
                value=format::millions_of_euros(cents)
                unit="M€"
                label=format!("d'aide publique au développement déclarée pour {year}")
            />
        }
        .into_any(),
        _ => view! {
            <li class="atlas-figure">
                <p class="atlas-figure__value">
                    <span data-figure="apd">"–"</span>
                </p>
                <p class="atlas-figure__label">
                    "d'aide publique au développement : aucune déclaration reçue"
                </p>
            </li>
        }
        .into_any(),
    };

    view! {
        <ul class="atlas-figures">
            <FigureCard
                name="collectivites"
                value=format::integer(totals.collectivites)
                label="collectivités françaises engagées"
            />
            <FigureCard
                name="partners"
                value=format::integer(totals.partners)
                label="autorités locales partenaires"
            />
            <FigureCard name="countries" value=format::integer(totals.countries) label="pays" />
            <li class="atlas-figure">
                <p class="atlas-figure__value">
                    <span data-figure="projects">{format::integer(totals.projects)}</span>
                </p>
                <p class="atlas-figure__label">"projets"</p>
                <p class="atlas-figure__detail">
                    "dont "
                    <span class="atlas-figure__part atlas-figure__part--cooperation_decentralisee">
                        <span data-figure="cooperation_projects">
                            {format::integer(totals.cooperation_projects)}
                        </span>
                        " coopérations décentralisées"
                    </span>
                    " et "
                    <span class="atlas-figure__part atlas-figure__part--autre_action_exterieure">
                        <span data-figure="other_actions">{format::integer(totals.other_actions)}</span>
                        " autres actions extérieures"
                    </span>
                </p>
            </li>
            <FigureCard
                name="bourse_requests"
                value=format::integer(totals.bourse_requests)
                label="demandes de coopération ouvertes (Bourse projets)"
                detail=format!(
                    "de {} autorités étrangères dans {} pays",
                    format::integer(totals.bourse_authorities),
                    format::integer(totals.bourse_countries),
                )
            />
            {apd}
        </ul>
    }
}

/// The place of the six cards while the figures load, so the page does not jump when they come.
#[component]
pub fn FiguresPlaceholder() -> impl IntoView {
    view! {
        <div role="status" aria-live="polite">
            <p class="fr-sr-only">"Chargement des chiffres clés…"</p>
            <ul class="atlas-figures" aria-hidden="true">
                {(0..6)
                    .map(|_| {
                        view! {
                            <li class="atlas-figure atlas-figure--placeholder">
                                <span class="atlas-skeleton atlas-skeleton--value"></span>
                                <span class="atlas-skeleton atlas-skeleton--label"></span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

/// One figure: a large number, an optional unit, a label and an optional detail line.
#[component]
fn FigureCard(
    /// The `data-figure` name browser tests look for.
    name: &'static str,
    /// The number, already formatted.
    value: String,
    /// What the number counts.
    #[prop(into)]
    label: String,
    /// A unit written after the number (« M€ »).
    #[prop(optional)]
    unit: Option<&'static str>,
    /// A line under the label.
    #[prop(optional, into)]
    detail: Option<String>,
) -> impl IntoView {
    view! {
        <li class="atlas-figure">
            <p class="atlas-figure__value">
                <span data-figure=name>{value}</span>
                {unit.map(|unit| view! { <span class="atlas-figure__unit">{format!("\u{a0}{unit}")}</span> })}
            </p>
            <p class="atlas-figure__label">{label}</p>
            {detail.map(|detail| view! { <p class="atlas-figure__detail">{detail}</p> })}
        </li>
    }
}
