//! French collectivités: the paginated list (those leading projects that match the shared
//! criteria, with their figures) and the collectivité page.

pub mod partnerships;

use std::collections::BTreeMap;

use atlas_domain::{
    CollectiviteDetail, CollectiviteKind, CollectiviteSummary, Contact, ContactRole,
    CountryPartnerships, Network, NetworkKind, Paging, PartnershipSummary, PlaceRef, ProjectFilter,
    ProjectKind,
};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use crate::figures::apd::ApdScope;
use crate::figures::headline::figures;
use crate::models::{CollectiviteRow, ContactRow};
use crate::places::world::scope;
use crate::projects::ARCHIVED;
use crate::schema::{
    collectivites, contacts, countries, departements, network_memberships, networks, projects,
    regions,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
use crate::{DbConn, DbError};
use partnerships::Pairs;

/// Sort fields of the collectivité list.
pub const SORTS: &[&str] = &["name", "projects"];

/// A collectivité as the list shows it, before its figures are counted.
#[derive(Queryable)]
struct CollectiviteListRow {
    id: i32,
    name: String,
    #[diesel(deserialize_as = Stored<CollectiviteKind>)]
    kind: CollectiviteKind,
    siren: Option<String>,
    region_code: Option<String>,
    departement_code: Option<String>,
}

/// Active projects of one kind led by one collectivité.
#[derive(Queryable)]
struct KindCount {
    collectivite_id: i32,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    projects: i64,
}

/// A network a collectivité belongs to.
#[derive(Queryable)]
struct NetworkRow {
    name: String,
    acronym: Option<String>,
    #[diesel(deserialize_as = Stored<NetworkKind>)]
    kind: NetworkKind,
    website: Option<String>,
}

/// `GET /collectivites`: collectivités leading at least one project matching `r`.
pub fn list(
    conn: &mut DbConn,
    r: &Resolved,
    paging: &Paging,
) -> Result<(Vec<CollectiviteSummary>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! leads {
            () => {
                c.filtered_projects(r).select(projects::collectivite_id)
            };
        }
        let total: i64 = collectivites::table
            .filter(collectivites::id.eq_any(leads!()))
            .count()
            .get_result(c)?;
        let select = (
            collectivites::id,
            collectivites::name,
            collectivites::kind,
            collectivites::siren,
            collectivites::region_code,
            collectivites::departement_code,
        );
        let rows: Vec<CollectiviteListRow> = match &paging.sort {
            Some((field, descending)) if field == "projects" => {
                // Most (or fewest) matching projects first.
                let ranked: Vec<(i32, i64)> = projects::table
                    .filter(projects::id.eq_any(c.filtered_projects(r).select(projects::id)))
                    .group_by(projects::collectivite_id)
                    .select((projects::collectivite_id, count_star()))
                    .load(c)?;
                let mut ranked = ranked;
                ranked.sort_by_key(|(id, n)| (if *descending { -n } else { *n }, *id));
                let page: Vec<i32> = ranked
                    .into_iter()
                    .skip(usize::try_from(paging.offset()).unwrap_or(usize::MAX))
                    .take(usize::try_from(paging.per_page).unwrap_or(0))
                    .map(|(id, _)| id)
                    .collect();
                let mut rows: Vec<CollectiviteListRow> = collectivites::table
                    .filter(collectivites::id.eq_any(&page))
                    .select(select)
                    .load(c)?;
                rows.sort_by_key(|row| page.iter().position(|id| *id == row.id));
                rows
            }
            Some((_, true)) => collectivites::table
                .filter(collectivites::id.eq_any(leads!()))
                .order((collectivites::name_folded.desc(), collectivites::id))
                .limit(paging.per_page)
                .offset(paging.offset())
                .select(select)
                .load(c)?,
            _ => collectivites::table
                .filter(collectivites::id.eq_any(leads!()))
                .order((collectivites::name_folded, collectivites::id))
                .limit(paging.per_page)
                .offset(paging.offset())
                .select(select)
                .load(c)?,
        };
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let (spread, kinds) = with_conn!(conn, |c| {
        let spread: Vec<(i32, i64, i64)> = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .filter(projects::collectivite_id.eq_any(&ids))
            .group_by(projects::collectivite_id)
            .select((
                projects::collectivite_id,
                count(projects::partner_id).aggregate_distinct(),
                count(projects::country_code).aggregate_distinct(),
            ))
            .load(c)?;
        let kinds: Vec<KindCount> = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .filter(projects::collectivite_id.eq_any(&ids))
            .group_by((projects::collectivite_id, projects::kind))
            .select((projects::collectivite_id, projects::kind, count_star()))
            .load(c)?;
        Ok::<_, diesel::result::Error>((spread, kinds))
    })?;
    let items = rows
        .into_iter()
        .map(|row| {
            let count = |k: ProjectKind| {
                kinds
                    .iter()
                    .find(|n| n.collectivite_id == row.id && n.kind == k)
                    .map_or(0, |n| n.projects)
            };
            let (partners, countries) = spread
                .iter()
                .find(|(i, _, _)| *i == row.id)
                .map_or((0, 0), |(_, p, c)| (*p, *c));
            CollectiviteSummary {
                kind: row.kind,
                cooperation_projects: count(ProjectKind::CooperationDecentralisee),
                other_actions: count(ProjectKind::AutreActionExterieure),
                id: row.id,
                name: row.name,
                siren: row.siren,
                region_code: row.region_code,
                departement_code: row.departement_code,
                partners,
                countries,
            }
        })
        .collect();
    Ok((items, total))
}

/// `GET /collectivites/{id}`.
pub fn detail(conn: &mut DbConn, id: i32) -> Result<CollectiviteDetail, DbError> {
    let (row, region, departement, contact_rows, network_rows) = with_conn!(conn, |c| {
        let row = collectivites::table
            .find(id)
            .select(CollectiviteRow::as_select())
            .first(c)?;
        let region: Option<(String, String)> = regions::table
            .filter(regions::code.nullable().eq(&row.region_code))
            .select((regions::code, regions::name))
            .first(c)
            .optional()?;
        let departement: Option<(String, String)> = departements::table
            .filter(departements::code.nullable().eq(&row.departement_code))
            .select((departements::code, departements::name))
            .first(c)
            .optional()?;
        let contacts: Vec<ContactRow> = contacts::table
            .filter(contacts::collectivite_id.eq(id))
            .order((contacts::role.desc(), contacts::position, contacts::id))
            .select(ContactRow::as_select())
            .load(c)?;
        let networks: Vec<NetworkRow> = networks::table
            .inner_join(network_memberships::table)
            .filter(network_memberships::collectivite_id.eq(id))
            .order(networks::name)
            .select((
                networks::name,
                networks::acronym,
                networks::kind,
                networks::website,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((row, region, departement, contacts, networks))
    })?;
    let pairs = partnerships::summaries(conn, Pairs::Collectivite(id))?;
    let codes: Vec<String> = pairs
        .iter()
        .map(|p| p.partner.country_code.clone())
        .collect();
    let names: BTreeMap<String, String> = with_conn!(conn, |c| countries::table
        .filter(countries::code.eq_any(&codes))
        .select((countries::code, countries::name_fr))
        .load::<(String, String)>(c))?
    .into_iter()
    .collect();
    // A pair with cooperation projects, or a convention and nothing active, is a cooperation;
    // a pair with only unconventioned actions is another external action.
    let (cooperations, other_actions): (Vec<_>, Vec<_>) = pairs
        .into_iter()
        .partition(|p| p.cooperation_projects > 0 || p.other_actions == 0);
    let r = scope(ProjectFilter {
        collectivites: vec![id],
        ..ProjectFilter::default()
    });
    let figures = figures(conn, &r, &ApdScope::Collectivite(id))?;
    let name = |code: Option<(String, String)>| code.map(|(code, name)| PlaceRef { code, name });
    Ok(CollectiviteDetail {
        id: row.id,
        name: row.name,
        kind: Stored::parse("collectivites.kind", &row.kind)?,
        siren: row.siren,
        insee_code: row.insee_code,
        region: name(region),
        departement: name(departement),
        population: row.population,
        location: row.lon.zip(row.lat).map(|(lon, lat)| [lon, lat]),
        address: row.address,
        postal_code: row.postal_code,
        city: row.city,
        phone: row.phone,
        email: row.email,
        website: row.website,
        contacts: contact_rows
            .into_iter()
            .map(|c| {
                Ok(Contact {
                    role: Stored::<ContactRole>::parse("contacts.role", &c.role)?,
                    civility: c.civility,
                    first_name: c.first_name,
                    last_name: c.last_name,
                    title: c.title,
                    email: c.email,
                    phone: c.phone,
                })
            })
            .collect::<Result<_, DbError>>()?,
        networks: network_rows
            .into_iter()
            .map(|n| Network {
                name: n.name,
                acronym: n.acronym,
                kind: n.kind,
                website: n.website,
            })
            .collect(),
        cooperations: by_country(cooperations, &names),
        other_actions: by_country(other_actions, &names),
        last_validated_at: row.last_validated_at.map(|t| t.and_utc()),
        figures,
    })
}

/// Pairs grouped by their partner's country, countries by name.
fn by_country(
    pairs: Vec<PartnershipSummary>,
    names: &BTreeMap<String, String>,
) -> Vec<CountryPartnerships> {
    let mut groups: BTreeMap<String, Vec<PartnershipSummary>> = BTreeMap::new();
    for pair in pairs {
        groups
            .entry(pair.partner.country_code.clone())
            .or_default()
            .push(pair);
    }
    let mut out: Vec<CountryPartnerships> = groups
        .into_iter()
        .map(|(code, partnerships)| CountryPartnerships {
            country: PlaceRef {
                name: names.get(&code).cloned().unwrap_or_else(|| code.clone()),
                code,
            },
            partnerships,
        })
        .collect();
    out.sort_by(|a, b| a.country.name.cmp(&b.country.name));
    out
}
