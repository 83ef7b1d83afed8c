//! The world access below the continent list: a continent, a sub-continent, a country with
//! its open Bourse requests, and the list of countries — each with the figures of its
//! projects (the shared filter scoped to the place) and the lists that lead down.

use std::collections::BTreeMap;

use atlas_domain::{
    BourseRequestSummary, ContinentDetail, CountryDetail, CountrySummary, PartnerKind,
    PlaceFigures, PlaceRef, ProjectFilter, SubcontinentDetail, ThemeRef,
};
use diesel::prelude::*;

use crate::bourse::PUBLISHED;
use crate::figures::apd::ApdScope;
use crate::figures::headline::figures;
use crate::models::{ContinentRow, CountryRow, SubcontinentRow};
use crate::places::lookup::{self as places, Grouping};
use crate::schema::{
    bourse_request_themes, bourse_requests, continents, countries, subcontinents, themes,
};
use crate::search::filter::Resolved;
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// The projects of one place: a filter with only place criteria needs no resolution.
pub(crate) fn scope(filter: ProjectFilter) -> Resolved {
    Resolved {
        filter,
        ..Resolved::default()
    }
}

/// Named rows of `counted`, in name order; `names` maps codes to names.
fn rows(
    counted: BTreeMap<Option<String>, places::Counted>,
    names: &BTreeMap<String, String>,
) -> Vec<PlaceFigures> {
    let mut rows: Vec<PlaceFigures> = counted
        .into_iter()
        .filter_map(|(code, c)| {
            let code = code?;
            let name = names.get(&code)?.clone();
            Some(c.named(code, name))
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

/// `GET /continents/{code}`.
pub fn continent(conn: &mut DbConn, code: &str) -> Result<ContinentDetail, DbError> {
    let (row, country_names, sub_names) = with_conn!(conn, |c| {
        let row = continents::table
            .find(code)
            .select(ContinentRow::as_select())
            .first(c)?;
        let countries: Vec<(String, String)> = countries::table
            .filter(countries::continent_code.eq(code))
            .select((countries::code, countries::name_fr))
            .load(c)?;
        let subs: Vec<(String, String)> = subcontinents::table
            .filter(subcontinents::continent_code.eq(code))
            .select((subcontinents::code, subcontinents::name_fr))
            .load(c)?;
        Ok::<_, diesel::result::Error>((row, countries, subs))
    })?;
    let r = scope(ProjectFilter {
        continents: vec![row.code.clone()],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Continent(row.code.clone()))?;
    let countries = rows(
        places::counted(conn, &r, Grouping::Country)?,
        &country_names.into_iter().collect(),
    );
    let subcontinents = rows(
        places::counted(conn, &r, Grouping::Subcontinent)?,
        &sub_names.into_iter().collect(),
    );
    Ok(ContinentDetail {
        code: row.code,
        name_fr: row.name_fr,
        name_en: row.name_en,
        figures,
        subcontinents,
        countries,
    })
}

/// `GET /subcontinents/{code}`.
pub fn subcontinent(conn: &mut DbConn, code: &str) -> Result<SubcontinentDetail, DbError> {
    let (row, continent, country_names) = with_conn!(conn, |c| {
        let row = subcontinents::table
            .find(code)
            .select(SubcontinentRow::as_select())
            .first(c)?;
        let continent: String = continents::table
            .find(&row.continent_code)
            .select(continents::name_fr)
            .first(c)?;
        let countries: Vec<(String, String)> = countries::table
            .filter(countries::subcontinent_code.eq(code))
            .select((countries::code, countries::name_fr))
            .load(c)?;
        Ok::<_, diesel::result::Error>((row, continent, countries))
    })?;
    let r = scope(ProjectFilter {
        subcontinents: vec![row.code.clone()],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Subcontinent(row.code.clone()))?;
    let countries = rows(
        places::counted(conn, &r, Grouping::Country)?,
        &country_names.into_iter().collect(),
    );
    Ok(SubcontinentDetail {
        continent: PlaceRef {
            code: row.continent_code,
            name: continent,
        },
        code: row.code,
        name_fr: row.name_fr,
        name_en: row.name_en,
        figures,
        countries,
    })
}

/// `GET /countries`: every country of the reference list in `continents`/`subcontinents`
/// (all when empty), with the figures of the projects matching `r` there, by name.
pub fn countries(conn: &mut DbConn, r: &Resolved) -> Result<Vec<CountrySummary>, DbError> {
    let f = &r.filter;
    let reference: Vec<CountryRow> = with_conn!(conn, |c| {
        let mut q = countries::table.into_boxed();
        if !f.continents.is_empty() {
            q = q.filter(countries::continent_code.eq_any(&f.continents));
        }
        if !f.subcontinents.is_empty() {
            q = q.filter(countries::subcontinent_code.eq_any(&f.subcontinents));
        }
        q.order(countries::name_fr)
            .select(CountryRow::as_select())
            .load(c)
    })?;
    let counted = places::counted(conn, r, Grouping::Country)?;
    Ok(reference
        .into_iter()
        .map(|row| {
            let c = counted
                .get(&Some(row.code.clone()))
                .cloned()
                .unwrap_or_default();
            CountrySummary {
                collectivites: c.collectivites,
                partners: c.partners,
                projects: c.cooperation_projects + c.other_actions,
                cooperation_projects: c.cooperation_projects,
                other_actions: c.other_actions,
                bourse_requests: c.bourse_requests,
                code: row.code,
                name_fr: row.name_fr,
                name_en: row.name_en,
                continent_code: row.continent_code,
                subcontinent_code: row.subcontinent_code,
            }
        })
        .collect())
}

/// A published request as its country's page lists it.
#[derive(Queryable)]
struct RequestRow {
    id: i32,
    authority_name: String,
    #[diesel(deserialize_as = Stored<PartnerKind>)]
    authority_kind: PartnerKind,
    city: Option<String>,
    partner_id: Option<i32>,
    title: String,
    description: String,
    objectives: Option<String>,
    sought_partner: Option<String>,
    published_at: Option<chrono::NaiveDateTime>,
}

/// `GET /countries/{code}`.
pub fn country(conn: &mut DbConn, code: &str) -> Result<CountryDetail, DbError> {
    let code = code.to_ascii_uppercase();
    let (row, continent, subcontinent, requests, request_themes) = with_conn!(conn, |c| {
        let row = countries::table
            .find(&code)
            .select(CountryRow::as_select())
            .first(c)?;
        let continent: String = continents::table
            .find(&row.continent_code)
            .select(continents::name_fr)
            .first(c)?;
        let subcontinent: String = subcontinents::table
            .find(&row.subcontinent_code)
            .select(subcontinents::name_fr)
            .first(c)?;
        let requests: Vec<RequestRow> = bourse_requests::table
            .filter(bourse_requests::country_code.eq(&code))
            .filter(bourse_requests::status.eq(PUBLISHED))
            .order((bourse_requests::published_at.desc(), bourse_requests::id))
            .select((
                bourse_requests::id,
                bourse_requests::authority_name,
                bourse_requests::authority_kind,
                bourse_requests::city,
                bourse_requests::partner_id,
                bourse_requests::title,
                bourse_requests::description,
                bourse_requests::objectives,
                bourse_requests::sought_partner,
                bourse_requests::published_at,
            ))
            .load(c)?;
        let ids: Vec<i32> = requests.iter().map(|r| r.id).collect();
        let request_themes: Vec<(i32, String, String)> = bourse_request_themes::table
            .inner_join(themes::table)
            .filter(bourse_request_themes::request_id.eq_any(&ids))
            .order(themes::position)
            .select((
                bourse_request_themes::request_id,
                themes::code,
                themes::name_fr,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((row, continent, subcontinent, requests, request_themes))
    })?;
    let r = scope(ProjectFilter {
        countries: vec![row.code.clone()],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Country(row.code.clone()))?;
    let bourse_requests = requests
        .into_iter()
        .map(|q| BourseRequestSummary {
            themes: request_themes
                .iter()
                .filter(|(id, _, _)| *id == q.id)
                .map(|(_, code, label)| ThemeRef {
                    code: code.clone(),
                    label: label.clone(),
                })
                .collect(),
            id: q.id,
            authority_name: q.authority_name,
            authority_kind: q.authority_kind,
            country_code: row.code.clone(),
            city: q.city,
            partner_id: q.partner_id,
            title: q.title,
            description: q.description,
            objectives: q.objectives,
            sought_partner: q.sought_partner,
            published_on: q.published_at.map(|t| t.date()),
        })
        .collect();
    Ok(CountryDetail {
        centre: row.lon.zip(row.lat).map(|(lon, lat)| [lon, lat]),
        continent: PlaceRef {
            code: row.continent_code,
            name: continent,
        },
        subcontinent: PlaceRef {
            code: row.subcontinent_code,
            name: subcontinent,
        },
        code: row.code,
        iso3: row.iso3,
        name_fr: row.name_fr,
        name_en: row.name_en,
        figures,
        bourse_requests,
    })
}
