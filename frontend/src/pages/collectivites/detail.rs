//! `/collectivites/:id`: a collectivité's page — coordonnées, élus and cadres in charge of
//! international relations, associations and networks, decentralised cooperations and other
//! external actions by country, a world map of its partners, its projects, the charts with
//! the APD it paid, and when the page was last validated.

use atlas_domain::{CollectiviteDetail, Contact, CountryPartnerships, links};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::{self, query_string};
use crate::components::map::{AtlasMap, Fit};
use crate::components::{
    Breadcrumb, Counterpart, FigureCharts, KeyFigures, PartnershipTable, ProjectList, Side, fetched,
};
use crate::layout::set_page_title;

/// A collectivité's page.
#[component]
pub fn CollectivitePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    });
    let detail = LocalResource::new(move || api::fetch_collectivite(id.get()));
    let partners = LocalResource::new(move || {
        api::fetch_markers(query_string(&[
            ("level", "partner".to_owned()),
            ("collectivite", id.get().to_string()),
        ]))
    });
    let render = move |c: CollectiviteDetail| {
        set_page_title(&c.name);
        let mut trail = vec![("Accès France".to_owned(), links::FRANCE.to_owned())];
        if let Some(r) = &c.region {
            trail.push((r.name.clone(), links::region(&r.code)));
        }
        if let Some(d) = &c.departement {
            trail.push((d.name.clone(), links::departement(&d.code)));
        }
        let validated = c.last_validated_at.map(crate::format::day_of);
        view! {
            <Breadcrumb links=trail current=c.name.clone() />
            <h1>{c.name.clone()}</h1>
            <p class="fr-text--lead fr-mb-1w">{c.kind.label()}</p>
            <p class="fr-text--sm atlas-note" data-validated="">
                {match validated {
                    Some(date) => format!("Page validée par la collectivité le {date}."),
                    None => "Page pas encore validée par la collectivité.".to_owned(),
                }}
            </p>
            <div class="fr-grid-row fr-grid-row--gutters fr-mb-6w">
                <section class="fr-col-12 fr-col-md-5" aria-labelledby="coordonnees">
                    <h2 id="coordonnees">"Coordonnées"</h2>
                    <Coordinates c=c.clone() />
                </section>
                <section class="fr-col-12 fr-col-md-7" aria-labelledby="contacts">
                    <h2 id="contacts">"Élus et cadres en charge des relations internationales"</h2>
                    <Contacts contacts=c.contacts.clone() />
                </section>
            </div>
            <section class="fr-mb-6w" aria-labelledby="chiffres">
                <h2 id="chiffres">"Chiffres clés"</h2>
                <KeyFigures figures=c.figures.clone() side=Side::Actor />
            </section>
            <section class="fr-mb-6w" aria-labelledby="reseaux">
                <h2 id="reseaux">"Associations et réseaux"</h2>
                {if c.networks.is_empty() {
                    view! { <p class="atlas-unavailable">"Aucune association ni aucun réseau déclaré."</p> }.into_any()
                } else {
                    view! {
                        <ul class="atlas-networks">
                            {c.networks.iter().map(|n| view! {
                                <li>
                                    <strong>{n.name.clone()}</strong>
                                    {n.acronym.clone().map(|a| format!(" ({a})"))}
                                    <span class="atlas-kind">{format!(" – {}", n.kind.label())}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section class="fr-mb-6w" aria-labelledby="carte">
                <h2 id="carte">"Carte des partenaires"</h2>
                <AtlasMap
                    label=format!("Carte des partenaires de {}", c.name)
                    markers=Signal::derive(move || partners.get().and_then(Result::ok))
                    loading=Signal::derive(move || partners.get().is_none())
                    fit=Fit::Markers
                />
            </section>
            <section class="fr-mb-6w" aria-labelledby="cooperations">
                <h2 id="cooperations">"Coopérations décentralisées"</h2>
                <ByCountry groups=c.cooperations.clone() empty="Aucune coopération décentralisée." />
            </section>
            <section class="fr-mb-6w" aria-labelledby="autres-actions">
                <h2 id="autres-actions">"Autres actions extérieures"</h2>
                <ByCountry groups=c.other_actions.clone() empty="Aucune autre action extérieure." />
            </section>
            <section class="fr-mb-6w" aria-labelledby="projets">
                <h2 id="projets">"Projets"</h2>
                <ProjectList criteria=vec![("collectivite", c.id.to_string())] id="liste-projets" />
            </section>
            <section aria-labelledby="graphiques">
                <h2 id="graphiques">"Graphiques"</h2>
                <FigureCharts figures=c.figures place=c.name id="collectivite" apd_verb="versée" />
            </section>
        }
    };
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="collectivite">
            {fetched(detail, "Chargement de la collectivité…", "La collectivité n'a pas pu être chargée", render)}
        </div>
    }
}

/// Address, telephone, e-mail, website, identifiers.
#[component]
fn Coordinates(c: CollectiviteDetail) -> impl IntoView {
    let address = [
        c.address.clone(),
        match (&c.postal_code, &c.city) {
            (Some(p), Some(city)) => Some(format!("{p} {city}")),
            (None, Some(city)) => Some(city.clone()),
            _ => None,
        },
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    view! {
        <address class="atlas-address">
            {address.into_iter().map(|line| view! { <span>{line}</span><br /> }).collect_view()}
        </address>
        <ul class="atlas-coordinates">
            {c.phone.map(|p| view! { <li>"Téléphone : " <a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a></li> })}
            {c.email.map(|e| view! { <li>"Courriel : " <a href=format!("mailto:{e}")>{e.clone()}</a></li> })}
            {c.website.map(|w| view! {
                <li>"Site : " <a href=w.clone() target="_blank" rel="noopener external" title=format!("{w} – nouvelle fenêtre")>{w.clone()}</a></li>
            })}
            {c.siren.map(|s| view! { <li>"SIREN : " {s}</li> })}
            {c.population.map(|p| view! { <li>"Population : " {crate::format::integer(p)} " habitants"</li> })}
        </ul>
    }
}

/// The people in charge of international relations: name, title, e-mail.
#[component]
fn Contacts(contacts: Vec<Contact>) -> impl IntoView {
    if contacts.is_empty() {
        return view! { <p class="atlas-unavailable">"Aucun contact déclaré."</p> }.into_any();
    }
    view! {
        <div class="fr-table fr-table--sm fr-table--no-caption">
            <div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
                <table>
                    <caption>"Élus et cadres en charge des relations internationales"</caption>
                    <thead><tr>
                        <th scope="col">"Nom"</th>
                        <th scope="col">"Fonction"</th>
                        <th scope="col">"Courriel"</th>
                    </tr></thead>
                    <tbody>
                        {contacts.into_iter().map(|p| view! {
                            <tr>
                                <th scope="row">
                                    {[p.civility.clone(), Some(p.first_name.clone()), Some(p.last_name.clone())].into_iter().flatten().collect::<Vec<_>>().join(" ")}
                                    <span class="atlas-kind">{format!(" – {}", p.role.label())}</span>
                                </th>
                                <td>{p.title}</td>
                                <td>{p.email.map(|e| view! { <a href=format!("mailto:{e}")>{e.clone()}</a> })}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div></div></div>
        </div>
    }
    .into_any()
}

/// Partnerships grouped by country: a heading per country, then its partners.
#[component]
fn ByCountry(groups: Vec<CountryPartnerships>, empty: &'static str) -> impl IntoView {
    if groups.is_empty() {
        return view! { <p class="atlas-unavailable">{empty}</p> }.into_any();
    }
    groups
        .into_iter()
        .map(|g| {
            let caption = format!("Partenaires – {}", g.country.name);
            view! {
                <h3 class="fr-h6 fr-mb-1w">
                    <A href=links::country(&g.country.code)>{g.country.name.clone()}</A>
                </h3>
                <PartnershipTable
                    caption=caption
                    rows=g.partnerships
                    counterpart=Counterpart::Partner
                />
            }
        })
        .collect_view()
        .into_any()
}
