//! The profile card of « Mon espace »: who, in what role, for which collectivités, country or
//! région.

use atlas_domain::links;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::session::use_session;

/// The signed-in user's profile.
#[component]
pub fn Profile() -> impl IntoView {
    let session = use_session();
    move || {
        session.me().map(|me| {
            let collectivites = me.collectivites.clone();
            view! {
                <section class="fr-card fr-card--no-arrow fr-mb-6w atlas-profile atlas-plain-card" aria-labelledby="titre-profil" data-profile=me.email.clone()>
                    <div class="fr-card__body">
                        <div class="fr-card__content">
                            <h2 class="fr-card__title" id="titre-profil">
                                {format!("{} {}", me.first_name, me.last_name)}
                            </h2>
                            <p class="fr-card__desc">
                                <span class="fr-badge fr-badge--info fr-badge--no-icon fr-mr-1w">{me.role.label()}</span>
                                {me.job_title.clone()}
                            </p>
                            <dl class="atlas-profile__facts">
                                <dt>"Adresse e-mail"</dt>
                                <dd>{me.email.clone()}</dd>
                                {(!collectivites.is_empty()).then(move || view! {
                                    <dt>{if collectivites.len() > 1 { "Collectivités" } else { "Collectivité" }}</dt>
                                    <dd>
                                        <ul class="fr-tags-group">
                                            {collectivites.into_iter().map(|c| view! {
                                                <li><A href=links::collectivite(c.id) attr:class="fr-tag">{c.name}</A></li>
                                            }).collect_view()}
                                        </ul>
                                    </dd>
                                })}
                                {me.country.clone().map(|country| view! {
                                    <dt>"Pays"</dt>
                                    <dd><A href=links::country(&country.code) attr:class="fr-link">{country.name}</A></dd>
                                })}
                                {me.region.clone().map(|region| view! {
                                    <dt>"Région"</dt>
                                    <dd><A href=links::region(&region.code) attr:class="fr-link">{region.name}</A></dd>
                                })}
                            </dl>
                        </div>
                    </div>
                </section>
            }
        })
    }
}
