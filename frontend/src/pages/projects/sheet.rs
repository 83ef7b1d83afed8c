//! `/projets/:id`: the fiche-projet — every field, with links to both sides and the country.

use atlas_domain::{CollectiviteRef, ContactSide, PartnerRef, ProjectKind, ProjectSheet, links};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api;
use crate::components::chart::{Unit, euros};
use crate::components::{Breadcrumb, fetched};
use crate::format;
use crate::layout::set_page_title;

/// A project's sheet.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    });
    let sheet = LocalResource::new(move || api::fetch_project(id.get()));
    view! {
        <div class="fr-container fr-pt-4w fr-pb-8w" data-page="projet">
            {fetched(sheet, "Chargement de la fiche-projet…", "La fiche-projet n'a pas pu être chargée", |p| view! { <Sheet p=p /> })}
        </div>
    }
}

/// A paragraph section, when the field is filled in.
fn text_section(id: &'static str, title: &'static str, text: Option<String>) -> impl IntoView {
    text.map(|text| {
        view! {
            <section class="fr-mb-4w" aria-labelledby=id>
                <h2 id=id class="fr-h4">{title}</h2>
                {text.lines().map(|line| view! { <p class="fr-mb-1w">{line.to_owned()}</p> }).collect_view()}
            </section>
        }
    })
}

#[component]
fn Sheet(p: ProjectSheet) -> impl IntoView {
    set_page_title(&p.title);
    let trail = vec![
        ("Accès monde".to_owned(), links::WORLD.to_owned()),
        (p.country.name.clone(), links::country(&p.country.code)),
    ];
    let years = match (p.start_year, p.end_year) {
        (Some(s), Some(e)) if s != e => format!("{s} – {e}"),
        (Some(s), None) => format!("depuis {s}"),
        (Some(s), _) => s.to_string(),
        (None, _) => "non renseignées".to_owned(),
    };
    let kind_class = match p.kind {
        ProjectKind::CooperationDecentralisee => "atlas-kind-badge--cooperation_decentralisee",
        ProjectKind::AutreActionExterieure => "atlas-kind-badge--autre_action_exterieure",
    };
    let total: i64 = p.financings.iter().map(|f| f.amount_cents).sum();
    let france: Vec<CollectiviteRef> = std::iter::once(p.collectivite.clone())
        .chain(p.co_collectivites.clone())
        .collect();
    let abroad: Vec<PartnerRef> = p
        .partner
        .clone()
        .into_iter()
        .chain(p.co_partners.clone())
        .collect();
    view! {
        <Breadcrumb links=trail current=p.title.clone() />
        <p class="fr-mb-1w">
            <span class=format!("fr-badge atlas-kind-badge {kind_class}")>{p.kind.label()}</span>
            " "
            <span class="fr-badge fr-badge--sm">{p.status.label()}</span>
            {p.is_jumelage.then(|| view! { " " <span class="fr-badge fr-badge--sm fr-badge--info">"Jumelage"</span> })}
        </p>
        <h1>{p.title.clone()}</h1>
        <ul class="fr-tags-group fr-mb-3w" aria-label="Thématiques">
            {p.themes.iter().map(|t| view! { <li><p class="fr-tag fr-tag--sm">{t.label.clone()}</p></li> }).collect_view()}
        </ul>
        <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-8">
                {text_section("objectifs", "Objectifs", p.objectives.clone())}
                {text_section("description", "Description", p.description.clone())}
                {text_section("historique", "Historique", p.history.clone())}
                {text_section("contexte", "Contexte", p.context.clone())}
                <section class="fr-mb-4w" aria-labelledby="financements">
                    <h2 id="financements" class="fr-h4">"Financements"</h2>
                    {if p.financings.is_empty() {
                        view! { <p class="atlas-unavailable">"Aucun financement déclaré."</p> }.into_any()
                    } else {
                        view! {
                            <div class="fr-table fr-table--sm"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">
                                <table>
                                    <caption>"Financements par source et par année"</caption>
                                    <thead><tr>
                                        <th scope="col">"Source"</th>
                                        <th scope="col" class="atlas-num">"Année"</th>
                                        <th scope="col" class="atlas-num">"Montant"</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.financings.iter().map(|f| view! {
                                            <tr>
                                                <th scope="row">{f.source_label.clone()}</th>
                                                <td class="atlas-num">{f.year}</td>
                                                <td class="atlas-num">{Unit::EuroCents.format(f.amount_cents)}</td>
                                            </tr>
                                        }).collect_view()}
                                        <tr class="atlas-chart__total">
                                            <th scope="row">"Total"</th>
                                            <td></td>
                                            <td class="atlas-num">{euros(total)}</td>
                                        </tr>
                                    </tbody>
                                </table>
                            </div></div></div></div>
                        }.into_any()
                    }}
                </section>
            </div>
            <aside class="fr-col-12 fr-col-md-4" aria-label="En bref">
                <div class="atlas-facts">
                    <dl>
                        <dt>"Années"</dt>
                        <dd>{years}</dd>
                        <dt>"Statut"</dt>
                        <dd>{p.status.label()}</dd>
                        <dt>"Budget"</dt>
                        <dd>{p.budget_cents.map_or_else(|| "non renseigné".to_owned(), euros)}</dd>
                        <dt>"Pays"</dt>
                        <dd>
                            <A href=links::country(&p.country.code)>{p.country.name.clone()}</A>
                            {format!(" ({})", p.continent.name)}
                        </dd>
                        <dt>"Partenaires en France"</dt>
                        <dd>
                            <ul>{france.into_iter().map(|c| view! {
                                <li><A href=links::collectivite(c.id)>{c.name}</A></li>
                            }).collect_view()}</ul>
                        </dd>
                        <dt>"Partenaires à l'étranger"</dt>
                        <dd>
                            <ul>{abroad.into_iter().map(|x| view! {
                                <li><A href=links::partner(x.id)>{x.name}</A></li>
                            }).collect_view()}</ul>
                        </dd>
                        {p.convention_date.map(|d| view! {
                            <dt>"Convention"</dt>
                            <dd>{format!("signée le {}", crate::format::date(d))}</dd>
                        })}
                        <dt>"Volontaires"</dt>
                        <dd>
                            {if p.volunteers.is_empty() { "aucun".into_any() } else {
                                view! { <ul>{p.volunteers.iter().map(|v| view! {
                                    <li>{format!("{} – {}{}", format::integer(i64::from(v.count)), v.kind.label(), v.year.map(|y| format!(" ({y})")).unwrap_or_default())}</li>
                                }).collect_view()}</ul> }.into_any()
                            }}
                        </dd>
                    </dl>
                </div>
                <h2 class="fr-h5 fr-mt-4w">"Contacts"</h2>
                {p.contacts.iter().map(|c| view! {
                    <div class="atlas-contact">
                        <p class="fr-mb-0"><strong>{c.name.clone()}</strong>
                            {match c.side { ContactSide::France => " (France)", ContactSide::Etranger => " (à l'étranger)" }}
                        </p>
                        {c.title.clone().map(|t| view! { <p class="fr-text--sm fr-mb-0">{t}</p> })}
                        {c.organisation.clone().map(|o| view! { <p class="fr-text--sm fr-mb-0">{o}</p> })}
                        {c.email.clone().map(|e| view! { <p class="fr-text--sm fr-mb-0"><a href=format!("mailto:{e}")>{e.clone()}</a></p> })}
                        {c.phone.clone().map(|t| view! { <p class="fr-text--sm fr-mb-0">{t}</p> })}
                    </div>
                }).collect_view()}
            </aside>
        </div>
        <p class="fr-text--xs atlas-note fr-mt-4w">
            {format!("Fiche mise à jour le {}.", crate::format::day_of(p.updated_at))}
        </p>
    }
}
