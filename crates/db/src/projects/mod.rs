//! Projects: the paginated list (the shared criteria, sorted by title or years) and the whole
//! fiche-projet.

use std::collections::BTreeMap;

use atlas_domain::{
    CollectiviteKind, CollectiviteRef, ContactSide, Financing, Paging, PartnerRef, PlaceRef,
    ProjectContact, ProjectKind, ProjectSheet, ProjectStatus, ProjectSummary, ThemeRef,
    VolunteerKind, Volunteers,
};
use diesel::prelude::*;

use crate::models::{ProjectContactRow, ProjectRow};
use crate::schema::{
    collectivites, continents, countries, financing_sources, partners, partnerships,
    project_collectivites, project_contacts, project_financings, project_partners, project_themes,
    project_volunteers, projects, themes,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// The project status excluded from public figures: archived projects keep their history
/// but are not part of the Atlas's current picture.
pub(crate) const ARCHIVED: Stored<ProjectStatus> = Stored(ProjectStatus::Archive);

/// Sort fields of the project list.
pub const SORTS: &[&str] = &["title", "start_year", "end_year", "updated_at"];

/// A project as the list shows it, before the names it refers to are read.
#[derive(Queryable)]
struct ProjectListRow {
    id: i32,
    title: String,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    #[diesel(deserialize_as = Stored<ProjectStatus>)]
    status: ProjectStatus,
    start_year: Option<i32>,
    end_year: Option<i32>,
    collectivite_id: i32,
    partner_id: Option<i32>,
    country_code: String,
}

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
        let rows: Vec<ProjectListRow> = q
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
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let coll_ids: Vec<i32> = rows.iter().map(|r| r.collectivite_id).collect();
    let partner_ids: Vec<i32> = rows.iter().filter_map(|r| r.partner_id).collect();
    let codes: Vec<String> = rows.iter().map(|r| r.country_code.clone()).collect();
    let refs = Refs::load(conn, &ids, &coll_ids, &partner_ids, &codes)?;
    let items = rows
        .into_iter()
        .filter_map(|row| {
            Some(ProjectSummary {
                kind: row.kind,
                status: row.status,
                start_year: row.start_year,
                end_year: row.end_year,
                collectivite: refs.collectivites.get(&row.collectivite_id)?.clone(),
                partner: row
                    .partner_id
                    .and_then(|id| refs.partners.get(&id).cloned()),
                country: PlaceRef {
                    name: refs
                        .countries
                        .get(&row.country_code)
                        .cloned()
                        .unwrap_or_default(),
                    code: row.country_code,
                },
                themes: refs.themes.get(&row.id).cloned().unwrap_or_default(),
                id: row.id,
                title: row.title,
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
            let colls: Vec<(i32, String, Stored<CollectiviteKind>)> = collectivites::table
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
                .map(|(id, name, Stored(kind))| (id, CollectiviteRef { id, name, kind }))
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

/// A co-financing of the sheet, with its source's name.
#[derive(Queryable)]
struct FinancingRow {
    source: String,
    source_label: String,
    year: i32,
    amount_cents: i64,
}

/// Where a project takes place, named.
#[derive(Queryable)]
struct ProjectPlace {
    country: String,
    continent_code: String,
    continent: String,
}

/// Volunteers of one kind, in one year if known.
#[derive(Queryable)]
struct VolunteersRow {
    #[diesel(deserialize_as = Stored<VolunteerKind>)]
    kind: VolunteerKind,
    count: i32,
    year: Option<i32>,
}

/// `GET /projects/{id}`: archived projects stay readable (they are history).
pub fn sheet(conn: &mut DbConn, id: i32) -> Result<ProjectSheet, DbError> {
    let loaded = with_conn!(conn, |c| {
        let row = projects::table
            .find(id)
            .select(ProjectRow::as_select())
            .first(c)?;
        let place: ProjectPlace = countries::table
            .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
            .filter(countries::code.eq(&row.country_code))
            .select((countries::name_fr, continents::code, continents::name_fr))
            .first(c)?;
        let financings: Vec<FinancingRow> = project_financings::table
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
        let contacts: Vec<ProjectContactRow> = project_contacts::table
            .filter(project_contacts::project_id.eq(id))
            .order((project_contacts::side.desc(), project_contacts::id))
            .select(ProjectContactRow::as_select())
            .load(c)?;
        let volunteers: Vec<VolunteersRow> = project_volunteers::table
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
            place,
            financings,
            co_collectivites,
            co_partners,
            contacts,
            volunteers,
            partnership,
        ))
    })?;
    let (row, place, financings, co_colls, co_partners, contacts, volunteers, partnership) = loaded;
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
        kind: Stored::parse("projects.kind", &row.kind)?,
        status: Stored::parse("projects.status", &row.status)?,
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
            .map(|f| Financing {
                source: f.source,
                source_label: f.source_label,
                year: f.year,
                amount_cents: f.amount_cents,
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
            name: place.country,
        },
        continent: PlaceRef {
            code: place.continent_code,
            name: place.continent,
        },
        location: row.lon.zip(row.lat).map(|(lon, lat)| [lon, lat]),
        contacts: contacts
            .into_iter()
            .map(|c| {
                Ok(ProjectContact {
                    side: Stored::<ContactSide>::parse("project_contacts.side", &c.side)?,
                    name: c.name,
                    title: c.title,
                    organisation: c.organisation,
                    email: c.email,
                    phone: c.phone,
                })
            })
            .collect::<Result<_, DbError>>()?,
        volunteers: volunteers
            .into_iter()
            .map(|v| Volunteers {
                kind: v.kind,
                count: v.count,
                year: v.year,
            })
            .collect(),
        updated_at: row.updated_at.and_utc(),
    })
}
