//! The key figures of a level, as cards: collectivités, partners, countries, projects by
//! kind, twinnings, open Bourse requests. Each number carries `data-figure` for browser tests.

use atlas_domain::Figures;
use leptos::prelude::*;

use crate::format;

/// Which cards a level shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A foreign place: partners and Bourse requests first.
    World,
    /// A French place: collectivités first, no Bourse.
    France,
    /// One collectivité or one partner: no count of itself.
    Actor,
}

/// The cards of `figures`.
#[component]
pub fn KeyFigures(figures: Figures, side: Side) -> impl IntoView {
    let card = |name: &'static str, value: i64, label: &'static str| {
        view! {
            <li class="atlas-figure atlas-figure--small">
                <p class="atlas-figure__value">
                    <span data-figure=name>{format::integer(value)}</span>
                </p>
                <p class="atlas-figure__label">{label}</p>
            </li>
        }
    };
    let projects = view! {
        <li class="atlas-figure atlas-figure--small">
            <p class="atlas-figure__value">
                <span data-figure="projects">{format::integer(figures.projects)}</span>
            </p>
            <p class="atlas-figure__label">"projets"</p>
            <p class="atlas-figure__detail">
                <span class="atlas-figure__line">
                    <span data-figure="cooperation_projects">
                        {format::integer(figures.cooperation_projects)}
                    </span>
                    " coopérations décentralisées"
                </span>
                <span class="atlas-figure__line">
                    <span data-figure="other_actions">{format::integer(figures.other_actions)}</span>
                    " autres actions extérieures"
                </span>
            </p>
        </li>
    };
    let cards = match side {
        Side::World => view! {
            {projects}
            {card("collectivites", figures.collectivites, "collectivités françaises")}
            {card("partners", figures.partners, "autorités partenaires")}
            {card("jumelages", figures.jumelages, "jumelages")}
            {card("bourse_requests", figures.bourse_requests, "demandes de coopération ouvertes")}
        }
        .into_any(),
        Side::France => view! {
            {projects}
            {card("collectivites", figures.collectivites, "collectivités engagées")}
            {card("partners", figures.partners, "autorités partenaires")}
            {card("countries", figures.countries, "pays")}
            {card("jumelages", figures.jumelages, "jumelages")}
        }
        .into_any(),
        Side::Actor => view! {
            {projects}
            {card("partners", figures.partners, "autorités partenaires")}
            {card("collectivites", figures.collectivites, "collectivités françaises")}
            {card("countries", figures.countries, "pays")}
            {card("jumelages", figures.jumelages, "jumelages")}
        }
        .into_any(),
    };
    view! { <ul class="atlas-figures atlas-figures--small">{cards}</ul> }
}
