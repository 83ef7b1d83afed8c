//! Bourse search: one page of published requests with highlighted text, the total and the
//! facet counts (themes, places, authority types), each facet counted with every other
//! criterion applied, like the project search.

use std::collections::BTreeMap;

use atlas_domain::{
    BourseHit, Facet, FacetValue, Named, PartnerKind, SearchPaging, SearchResults, links,
};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::bourse::filter::{FilterBourse, ResolvedBourse, count};
use crate::schema::*;
use crate::search::snippet::{Terms, highlight, snippet};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// The search `r`: the page of `paging`, the total and every facet.
pub fn search(
    conn: &mut DbConn,
    r: &ResolvedBourse,
    paging: SearchPaging,
) -> Result<SearchResults<BourseHit>, DbError> {
    let total = count(conn, r)?;
    let offset = (paging.page - 1).saturating_mul(paging.per_page);
    let ids = with_conn!(conn, |c| c
        .ordered_requests(c.filtered_requests(r), r, paging.sort)
        .select(bourse_requests::id)
        .limit(paging.per_page)
        .offset(offset)
        .load::<i32>(c))?;
    let items = hits(conn, &ids, &r.filter.words)?;
    let facets = [
        "theme",
        "continent",
        "subcontinent",
        "country",
        "authority_kind",
    ]
    .into_iter()
    .map(|name| facet(conn, r, name))
    .collect::<Result<Vec<_>, _>>()?;
    Ok(SearchResults {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
        sort: paging.sort,
        facets,
    })
}

/// A published request as a search hit shows it.
#[derive(Queryable)]
struct HitRow {
    id: i32,
    title: String,
    description: String,
    objectives: Option<String>,
    sought_partner: Option<String>,
    authority_name: String,
    #[diesel(deserialize_as = Stored<PartnerKind>)]
    authority_kind: PartnerKind,
    city: Option<String>,
    country_code: String,
    country_name: String,
    published_at: Option<chrono::NaiveDateTime>,
    lat: Option<f64>,
    lon: Option<f64>,
}

fn hits(conn: &mut DbConn, ids: &[i32], words: &[String]) -> Result<Vec<BourseHit>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (rows, theme_rows) = with_conn!(conn, |c| {
        let rows = bourse_requests::table
            .inner_join(countries::table)
            .filter(bourse_requests::id.eq_any(ids))
            .select((
                bourse_requests::id,
                bourse_requests::title,
                bourse_requests::description,
                bourse_requests::objectives,
                bourse_requests::sought_partner,
                bourse_requests::authority_name,
                bourse_requests::authority_kind,
                bourse_requests::city,
                countries::code,
                countries::name_fr,
                bourse_requests::published_at,
                bourse_requests::lat,
                bourse_requests::lon,
            ))
            .load::<HitRow>(c)?;
        let themes = bourse_request_themes::table
            .inner_join(themes::table)
            .filter(bourse_request_themes::request_id.eq_any(ids))
            .order((bourse_request_themes::request_id, themes::position))
            .select((
                bourse_request_themes::request_id,
                themes::code,
                themes::name_fr,
            ))
            .load::<(i32, String, String)>(c)?;
        Ok::<_, diesel::result::Error>((rows, themes))
    })?;
    let mut themes_of: BTreeMap<i32, Vec<Named>> = BTreeMap::new();
    for (id, code, name) in theme_rows {
        themes_of.entry(id).or_default().push(Named { code, name });
    }
    let terms = Terms::new(words);
    let mut by_id: BTreeMap<i32, BourseHit> = BTreeMap::new();
    for row in rows {
        let passages: Vec<&str> = [
            Some(row.description.as_str()),
            row.objectives.as_deref(),
            row.sought_partner.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        by_id.insert(
            row.id,
            BourseHit {
                id: row.id,
                title_parts: highlight(&row.title, &terms),
                snippet: snippet(&passages, &terms),
                title: row.title,
                authority: row.authority_name,
                authority_kind: row.authority_kind,
                country: Named {
                    code: row.country_code,
                    name: row.country_name,
                },
                city: row.city,
                themes: themes_of.remove(&row.id).unwrap_or_default(),
                published_on: row.published_at.map(|p| p.date()),
                lat: row.lat,
                lon: row.lon,
                href: links::bourse_request(row.id),
            },
        );
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// One facet, counted over the requests matching every other criterion.
fn facet(conn: &mut DbConn, r: &ResolvedBourse, name: &str) -> Result<Facet, DbError> {
    let mut base = r.clone();
    let f = &mut base.filter;
    let (label, exclusive, selected) = match name {
        "theme" => {
            base.theme_ids.clear();
            ("Thématiques", false, std::mem::take(&mut f.themes))
        }
        "continent" => ("Continent", true, std::mem::take(&mut f.continents)),
        "subcontinent" => ("Sous-continent", true, std::mem::take(&mut f.subcontinents)),
        "country" => ("Pays", true, std::mem::take(&mut f.countries)),
        _ => (
            "Type d'autorité",
            true,
            std::mem::take(&mut f.authority_kinds)
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
        ),
    };
    let rows: Vec<(String, String, i64)> = with_conn!(conn, |c| {
        macro_rules! ids {
            () => {
                c.filtered_requests(&base).select(bourse_requests::id)
            };
        }
        match name {
            "theme" => bourse_request_themes::table
                .inner_join(themes::table)
                .filter(bourse_request_themes::request_id.eq_any(ids!()))
                .group_by((themes::code, themes::name_fr))
                .select((themes::code, themes::name_fr, count_star()))
                .load(c),
            "continent" => bourse_requests::table
                .inner_join(countries::table)
                .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
                .filter(bourse_requests::id.eq_any(ids!()))
                .group_by((continents::code, continents::name_fr))
                .select((continents::code, continents::name_fr, count_star()))
                .load(c),
            "subcontinent" => bourse_requests::table
                .inner_join(countries::table.inner_join(subcontinents::table))
                .filter(bourse_requests::id.eq_any(ids!()))
                .group_by((subcontinents::code, subcontinents::name_fr))
                .select((subcontinents::code, subcontinents::name_fr, count_star()))
                .load(c),
            "country" => bourse_requests::table
                .inner_join(countries::table)
                .filter(bourse_requests::id.eq_any(ids!()))
                .group_by((countries::code, countries::name_fr))
                .select((countries::code, countries::name_fr, count_star()))
                .load(c),
            _ => bourse_requests::table
                .filter(bourse_requests::id.eq_any(ids!()))
                .group_by(bourse_requests::authority_kind)
                .select((bourse_requests::authority_kind, count_star()))
                .load::<(Stored<PartnerKind>, i64)>(c)
                .map(|rows| {
                    rows.into_iter()
                        .map(|(Stored(kind), n)| {
                            (kind.as_str().to_owned(), kind.label().to_owned(), n)
                        })
                        .collect()
                }),
        }
    })?;
    let mut values: Vec<FacetValue> = rows
        .into_iter()
        .map(|(value, label, count)| FacetValue {
            selected: selected.contains(&value),
            value,
            label,
            count,
        })
        .collect();
    for value in &selected {
        if !values.iter().any(|v| &v.value == value) {
            values.push(FacetValue {
                value: value.clone(),
                label: value.clone(),
                count: 0,
                selected: true,
            });
        }
    }
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    Ok(Facet {
        name: name.to_owned(),
        param: name.to_owned(),
        label: label.to_owned(),
        exclusive,
        values,
    })
}
