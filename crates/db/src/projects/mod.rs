//! Projects: the paginated list (the shared criteria, sorted by title or years) and the whole
//! fiche-projet.

/// The project status excluded from public figures: archived projects keep their history
/// but are not part of the Atlas's current picture.
pub(crate) const ARCHIVED: &str = "archive";

use std::collections::BTreeMap;

use atlas_domain::{
    CollectiviteKind, CollectiviteRef, ContactSide, Financing, Paging, PartnerRef, PlaceRef,
    ProjectContact, ProjectKind, ProjectSheet, ProjectStatus, ProjectSummary, ThemeRef,
    VolunteerKind, Volunteers,
};
use diesel::prelude::*;

use crate::models::ProjectRow;
use crate::schema::{
    collectivites, continents, countries, financing_sources, partners, partnerships,
    project_collectivites, project_contacts, project_financings, project_partners, project_themes,
    project_volunteers, projects, themes,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::{DbConn, DbError};

/// Sort fields of the project list.
pub const SORTS: &[&str] = &["title", "start_year", "end_year", "updated_at"];

type ListRow = (
    i32,
    String,
    String,
    String,
    Option<i32>,
    Option<i32>,
    i32,
    Option<i32>,
    String,
);

/// `GET /projects`: the projects matching `r`, one page, and how many match.
pub fn list(
    conn: &mut DbConn,
    r: &Resolved,
    paging: &Paging,
) -> Result<(Vec<ProjectSummary>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        let total: i64 = c.filtered_projects(r).count().get_result(c)?;
        let q = c.filtered_projects(r);
        // Years may be unknown: unknown years sort after known ones, on both backends (their
        // NULL orders differ); descending puts them first (an open end is the latest).
        let q = match &paging.sort {
            Some((f, false)) if f == "start_year" => q.order((
                projects::start_year.is_null(),
                projects::start_year,
                projects::id,
            )),
            Some((f, true)) if f == "start_year" => q.order((
                projects::start_year.is_null().desc(),
                projects::start_year.desc(),
                projects::id,
            )),
            Some((f, false)) if f == "end_year" => q.order((
                projects::end_year.is_null(),
                projects::end_year,
                projects::id,
            )),
            Some((f, true)) if f == "end_year" => q.order((
                projects::end_year.is_null().desc(),
                projects::end_year.desc(),
                projects::id,
            )),
            Some((f, false)) if f == "updated_at" => q.order((projects::updated_at, projects::id)),
            Some((f, true)) if f == "updated_at" => {
                q.order((projects::updated_at.desc(), projects::id))
            }
            Some((_, true)) => q.order((projects::title.desc(), projects::id)),
            _ => q.order((projects::title, projects::id)),
        };
        let rows: Vec<ListRow> = q
            .limit(paging.per_page)
            .offset(paging.offset())
            .select((
                projects::id,
                projects::title,
                projects::kind,
                projects::status,
                projects::start_year,
                projects::end_year,
                projects::collectivite_id,
                projects::partner_id,
                projects::country_code,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let ids: Vec<i32> = rows.iter().map(|r| r.0).collect();
    let coll_ids: Vec<i32> = rows.iter().map(|r| r.6).collect();
    let partner_ids: Vec<i32> = rows.iter().filter_map(|r| r.7).collect();
    let codes: Vec<String> = rows.iter().map(|r| r.8.clone()).collect();
    let refs = Refs::load(conn, &ids, &coll_ids, &partner_ids, &codes)?;
    let items = rows
        .into_iter()
        .filter_map(|row| {
            Some(ProjectSummary {
                kind: row.2.parse().ok()?,
                status: row.3.parse().ok()?,
                start_year: row.4,
                end_year: row.5,
                collectivite: refs.collectivites.get(&row.6)?.clone(),
                partner: row.7.and_then(|id| refs.partners.get(&id).cloned()),
                country: PlaceRef {
                    name: refs.countries.get(&row.8).cloned().unwrap_or_default(),
                    code: row.8,
                },
                themes: refs.themes.get(&row.0).cloned().unwrap_or_default(),
                id: row.0,
                title: row.1,
            })
        })
        .collect();
    Ok((items, total))
}

/// Names of what a page of projects refers to.
struct Refs {
    collectivites: BTreeMap<i32, CollectiviteRef>,
    partners: BTreeMap<i32, PartnerRef>,
    countries: BTreeMap<String, String>,
    themes: BTreeMap<i32, Vec<ThemeRef>>,
}

impl Refs {
    fn load(
        conn: &mut DbConn,
        project_ids: &[i32],
        coll_ids: &[i32],
        partner_ids: &[i32],
        codes: &[String],
    ) -> Result<Refs, DbError> {
        let (colls, partner_rows, countries, theme_rows) = with_conn!(conn, |c| {
            let colls: Vec<(i32, String, String)> = collectivites::table
                .filter(collectivites::id.eq_any(coll_ids))
                .select((collectivites::id, collectivites::name, collectivites::kind))
                .load(c)?;
            let partners: Vec<(i32, String, String)> = partners::table
                .filter(partners::id.eq_any(partner_ids))
                .select((partners::id, partners::name, partners::country_code))
                .load(c)?;
            let countries: Vec<(String, String)> = countries::table
                .filter(countries::code.eq_any(codes))
                .select((countries::code, countries::name_fr))
                .load(c)?;
            let themes: Vec<(i32, String, String)> = project_themes::table
                .inner_join(themes::table)
                .filter(project_themes::project_id.eq_any(project_ids))
                .order((project_themes::project_id, themes::position))
                .select((project_themes::project_id, themes::code, themes::name_fr))
                .load(c)?;
            Ok::<_, diesel::result::Error>((colls, partners, countries, themes))
        })?;
        let mut themes: BTreeMap<i32, Vec<ThemeRef>> = BTreeMap::new();
        for (id, code, label) in theme_rows {
            themes.entry(id).or_default().push(ThemeRef { code, label });
        }
        Ok(Refs {
            collectivites: colls
                .into_iter()
                .filter_map(|(id, name, kind)| {
                    let kind = kind.parse::<CollectiviteKind>().ok()?;
                    Some((id, CollectiviteRef { id, name, kind }))
                })
                .collect(),
            partners: partner_rows
                .into_iter()
                .map(|(id, name, country_code)| {
                    (
                        id,
                        PartnerRef {
                            id,
                            name,
                            country_code,
                        },
                    )
                })
                .collect(),
            countries: countries.into_iter().collect(),
            themes,
        })
    }
}

type ContactTuple = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// `GET /projects/{id}`: archived projects stay readable (they are history).
pub fn sheet(conn: &mut DbConn, id: i32) -> Result<ProjectSheet, DbError> {
    let loaded = with_conn!(conn, |c| {
        let row = projects::table
            .find(id)
            .select(ProjectRow::as_select())
            .first(c)?;
        let (country, continent_code, continent): (String, String, String) = countries::table
            .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
            .filter(countries::code.eq(&row.country_code))
            .select((countries::name_fr, continents::code, continents::name_fr))
            .first(c)?;
        let financings: Vec<(String, String, i32, i64)> = project_financings::table
            .inner_join(financing_sources::table)
            .filter(project_financings::project_id.eq(id))
            .order((financing_sources::position, project_financings::year))
            .select((
                financing_sources::code,
                financing_sources::name_fr,
                project_financings::year,
                project_financings::amount_cents,
            ))
            .load(c)?;
        let co_collectivites: Vec<i32> = project_collectivites::table
            .filter(project_collectivites::project_id.eq(id))
            .select(project_collectivites::collectivite_id)
            .load(c)?;
        let co_partners: Vec<i32> = project_partners::table
            .filter(project_partners::project_id.eq(id))
            .select(project_partners::partner_id)
            .load(c)?;
        let contacts: Vec<ContactTuple> = project_contacts::table
            .filter(project_contacts::project_id.eq(id))
            .order((project_contacts::side.desc(), project_contacts::id))
            .select((
                project_contacts::side,
                project_contacts::name,
                project_contacts::title,
                project_contacts::organisation,
                project_contacts::email,
                project_contacts::phone,
            ))
            .load(c)?;
        let volunteers: Vec<(String, i32, Option<i32>)> = project_volunteers::table
            .filter(project_volunteers::project_id.eq(id))
            .order((project_volunteers::year, project_volunteers::id))
            .select((
                project_volunteers::kind,
                project_volunteers::count,
                project_volunteers::year,
            ))
            .load(c)?;
        let partnership: Option<(bool, Option<chrono::NaiveDate>)> = match row.partner_id {
            Some(partner) => partnerships::table
                .filter(partnerships::collectivite_id.eq(row.collectivite_id))
                .filter(partnerships::partner_id.eq(partner))
                .select((partnerships::is_jumelage, partnerships::convention_date))
                .first(c)
                .optional()?,
            None => None,
        };
        Ok::<_, diesel::result::Error>((
            row,
            (country, continent_code, continent),
            financings,
            co_collectivites,
            co_partners,
            contacts,
            volunteers,
            partnership,
        ))
    })?;
    let (row, places, financings, co_colls, co_partners, contacts, volunteers, partnership) =
        loaded;
    let mut coll_ids = co_colls.clone();
    coll_ids.push(row.collectivite_id);
    let mut partner_ids = co_partners.clone();
    partner_ids.extend(row.partner_id);
    let refs = Refs::load(
        conn,
        &[id],
        &coll_ids,
        &partner_ids,
        std::slice::from_ref(&row.country_code),
    )?;
    let collectivite = refs
        .collectivites
        .get(&row.collectivite_id)
        .cloned()
        .ok_or(DbError::from(diesel::result::Error::NotFound))?;
    let (is_jumelage, convention_date) = partnership.unwrap_or((false, None));
    Ok(ProjectSheet {
        id: row.id,
        kind: row
            .kind
            .parse()
            .unwrap_or(ProjectKind::CooperationDecentralisee),
        status: row.status.parse().unwrap_or(ProjectStatus::EnCours),
        themes: refs.themes.get(&id).cloned().unwrap_or_default(),
        title: row.title,
        objectives: row.objectives,
        description: row.description,
        history: row.history,
        context: row.context,
        start_year: row.start_year,
        end_year: row.end_year,
        budget_cents: row.budget_cents,
        financings: financings
            .into_iter()
            .map(|(source, source_label, year, amount_cents)| Financing {
                source,
                source_label,
                year,
                amount_cents,
            })
            .collect(),
        collectivite,
        co_collectivites: co_colls
            .iter()
            .filter_map(|c| refs.collectivites.get(c).cloned())
            .collect(),
        partner: row.partner_id.and_then(|p| refs.partners.get(&p).cloned()),
        co_partners: co_partners
            .iter()
            .filter_map(|p| refs.partners.get(p).cloned())
            .collect(),
        is_jumelage,
        convention_date,
        country: PlaceRef {
            code: row.country_code,
            name: places.0,
        },
        continent: PlaceRef {
            code: places.1,
            name: places.2,
        },
        location: row.lon.zip(row.lat).map(|(lon, lat)| [lon, lat]),
        contacts: contacts
            .into_iter()
            .map(
                |(side, name, title, organisation, email, phone)| ProjectContact {
                    side: side.parse().unwrap_or(ContactSide::France),
                    name,
                    title,
                    organisation,
                    email,
                    phone,
                },
            )
            .collect(),
        volunteers: volunteers
            .into_iter()
            .map(|(kind, count, year)| Volunteers {
                kind: kind.parse().unwrap_or(VolunteerKind::Autre),
                count,
                year,
            })
            .collect(),
        updated_at: row.updated_at.and_utc(),
    })
}
