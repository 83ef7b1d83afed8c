//! Foreign partner authorities: the paginated list (those leading projects that match the
//! shared criteria, with their French partners) and the partner page.

use std::collections::BTreeMap;

use atlas_domain::{
    Paging, PartnerDetail, PartnerKind, PartnerSummary, PlaceRef, ProjectFilter, ProjectKind,
};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::collectivites::partnerships::{self, Pairs};
use crate::figures::apd::ApdScope;
use crate::figures::headline::figures;
use crate::models::PartnerRow;
use crate::places::world::scope;
use crate::projects::ARCHIVED;
use crate::schema::{continents, countries, partners, projects};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// Sort fields of the partner list.
pub const SORTS: &[&str] = &["name", "country"];

/// `GET /partners`: partner authorities leading at least one project matching `r`.
pub fn list(
    conn: &mut DbConn,
    r: &Resolved,
    paging: &Paging,
) -> Result<(Vec<PartnerSummary>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! matching {
            () => {
                partners::table.filter(
                    partners::id
                        .nullable()
                        .eq_any(c.filtered_projects(r).select(projects::partner_id)),
                )
            };
        }
        let total: i64 = matching!().count().get_result(c)?;
        let mut q = matching!().into_boxed();
        q = match &paging.sort {
            Some((field, true)) if field == "name" => {
                q.order((partners::name_folded.desc(), partners::id))
            }
            Some((field, false)) if field == "country" => {
                q.order((partners::country_code, partners::name_folded, partners::id))
            }
            Some((field, true)) if field == "country" => q.order((
                partners::country_code.desc(),
                partners::name_folded,
                partners::id,
            )),
            _ => q.order((partners::name_folded, partners::id)),
        };
        let rows: Vec<PartnerRow> = q
            .limit(paging.per_page)
            .offset(paging.offset())
            .select(PartnerRow::as_select())
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
    let codes: Vec<String> = rows.iter().map(|p| p.country_code.clone()).collect();
    let (kinds, names) = with_conn!(conn, |c| {
        let kinds: Vec<(Option<i32>, Stored<ProjectKind>, i64)> = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .filter(projects::partner_id.eq_any(&ids))
            .group_by((projects::partner_id, projects::kind))
            .select((projects::partner_id, projects::kind, count_star()))
            .load(c)?;
        let names: Vec<(String, String)> = countries::table
            .filter(countries::code.eq_any(&codes))
            .select((countries::code, countries::name_fr))
            .load(c)?;
        Ok::<_, diesel::result::Error>((kinds, names))
    })?;
    let names: BTreeMap<String, String> = names.into_iter().collect();
    let mut pairs = partnerships::summaries(conn, Pairs::Partners(&ids))?;
    let items = rows
        .into_iter()
        .map(|p| {
            let kind = Stored::<PartnerKind>::parse("partners.kind", &p.kind)?;
            let count = |k: ProjectKind| {
                kinds
                    .iter()
                    .find(|(id, Stored(kind), _)| *id == Some(p.id) && *kind == k)
                    .map_or(0, |(_, _, n)| *n)
            };
            let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut pairs)
                .into_iter()
                .partition(|s| s.partner.id == p.id);
            pairs = rest;
            Ok(PartnerSummary {
                cooperation_projects: count(ProjectKind::CooperationDecentralisee),
                other_actions: count(ProjectKind::AutreActionExterieure),
                country: PlaceRef {
                    name: names.get(&p.country_code).cloned().unwrap_or_default(),
                    code: p.country_code,
                },
                kind,
                id: p.id,
                name: p.name,
                admin_area: p.admin_area,
                partnerships: mine,
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok((items, total))
}

/// A partner's country and continent, named.
#[derive(Queryable)]
struct CountryPlace {
    country: String,
    continent_code: String,
    continent: String,
}

/// `GET /partners/{id}`.
pub fn detail(conn: &mut DbConn, id: i32) -> Result<PartnerDetail, DbError> {
    let (row, place) = with_conn!(conn, |c| {
        let row = partners::table
            .find(id)
            .select(PartnerRow::as_select())
            .first(c)?;
        let place: CountryPlace = countries::table
            .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
            .filter(countries::code.eq(&row.country_code))
            .select((countries::name_fr, continents::code, continents::name_fr))
            .first(c)?;
        Ok::<_, diesel::result::Error>((row, place))
    })?;
    let partnerships = partnerships::summaries(conn, Pairs::Partners(&[id]))?;
    let r = scope(ProjectFilter {
        partners: vec![id],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::None)?;
    Ok(PartnerDetail {
        id: row.id,
        name: row.name,
        kind: Stored::parse("partners.kind", &row.kind)?,
        country: PlaceRef {
            code: row.country_code,
            name: place.country,
        },
        continent: PlaceRef {
            code: place.continent_code,
            name: place.continent,
        },
        admin_area: row.admin_area,
        website: row.website,
        location: row.lon.zip(row.lat).map(|(lon, lat)| [lon, lat]),
        partnerships,
        figures,
    })
}
