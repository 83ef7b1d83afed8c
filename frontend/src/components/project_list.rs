//! A paginated, sortable list of projects for any criteria (`GET /api/v1/projects`): each
//! project links to its sheet, its collectivité, its partner and its country.

use atlas_domain::{Page, ProjectKind, ProjectSummary, links};
use leptos::prelude::*;
use leptos_router::components::A;

use super::fetched::fetched;
use super::pager::Pager;
use crate::api::{self, query_string};
use crate::format;

const PER_PAGE: i64 = 20;

/// The projects matching `criteria` (query-string pairs), 20 per page.
#[component]
pub fn ProjectList(
    /// Criteria of the shared project filter, e.g. `[("country", "SN")]`.
    criteria: Vec<(&'static str, String)>,
    /// `id` of the list (anchors, tests).
    id: &'static str,
) -> impl IntoView {
    let page = RwSignal::new(1_i64);
    let sort = RwSignal::new("-start_year".to_owned());
    let criteria = StoredValue::new(criteria);
    let projects = LocalResource::new(move || {
        let mut pairs = criteria.get_value();
        pairs.push(("page", page.get().to_string()));
        pairs.push(("per_page", PER_PAGE.to_string()));
        pairs.push(("sort", sort.get()));
        api::fetch_projects(query_string(&pairs))
    });
    let last = Signal::derive(move || {
        projects
            .get()
            .and_then(Result::ok)
            .map_or(1, |p| (p.total + PER_PAGE - 1) / PER_PAGE)
    });
    let select_id = format!("{id}-tri");
    view! {
        <div class="atlas-list" id=id>
            <div class="fr-select-group atlas-list__sort">
                <label class="fr-label" for=select_id.clone()>"Trier par"</label>
                <select
                    class="fr-select"
                    id=select_id
                    on:change=move |ev| {
                        sort.set(event_target_value(&ev));
                        page.set(1);
                    }
                >
                    <option value="-start_year" selected=true>"Les plus récents d'abord"</option>
                    <option value="start_year">"Les plus anciens d'abord"</option>
                    <option value="title">"Titre (A → Z)"</option>
                    <option value="-title">"Titre (Z → A)"</option>
                </select>
            </div>
            {fetched(projects, "Chargement des projets…", "Les projets n'ont pas pu être chargés", |p: Page<ProjectSummary>| {
                view! {
                    <p class="fr-text--sm atlas-list__count" role="status">
                        {format::count_with_noun(p.total, "projet", "projets")}
                    </p>
                    <ul class="atlas-projects">{p.items.into_iter().map(|item| view! { <ProjectItem item=item /> }).collect_view()}</ul>
                }
            })}
            <Pager page=page last=last label="Pagination des projets" />
        </div>
    }
}

/// A project's years: « 2008–2011 », « depuis 2019 », « 2022 », or nothing.
pub fn years_span(start: Option<i32>, end: Option<i32>) -> String {
    match (start, end) {
        (Some(start), Some(end)) if start != end => format!("{start}–{end}"),
        (Some(start), None) => format!("depuis {start}"),
        (Some(start), _) => start.to_string(),
        (None, _) => String::new(),
    }
}

/// The badge of a project's kind, in the kind's colour.
#[component]
pub fn KindBadge(kind: ProjectKind) -> impl IntoView {
    let class = match kind {
        ProjectKind::CooperationDecentralisee => "atlas-kind-badge--cooperation_decentralisee",
        ProjectKind::AutreActionExterieure => "atlas-kind-badge--autre_action_exterieure",
    };
    view! {
        <span class=format!("fr-badge fr-badge--sm atlas-kind-badge {class}")>{kind.label()}</span>
    }
}

/// One project of a list.
#[component]
fn ProjectItem(item: ProjectSummary) -> impl IntoView {
    let years = years_span(item.start_year, item.end_year);
    view! {
        <li class="atlas-project" data-project=item.id>
            <p class="atlas-project__title">
                <A href=links::project(item.id)>{item.title}</A>
            </p>
            <p class="atlas-project__meta">
                <KindBadge kind=item.kind />
                " "
                <span>{years}</span>
                " · "
                <A href=links::collectivite(item.collectivite.id)>{item.collectivite.name}</A>
                {item.partner.map(|p| view! {
                    " avec "
                    <A href=links::partner(p.id)>{p.name}</A>
                })}
                " ("
                <A href=links::country(&item.country.code)>{item.country.name}</A>
                ")"
            </p>
            <p class="atlas-project__themes">
                {item.themes.into_iter().map(|t| t.label).collect::<Vec<_>>().join(" · ")}
            </p>
        </li>
    }
}
