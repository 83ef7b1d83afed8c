//! One page of hits: the filtered projects in the chosen order (ids only, so the ordering
//! query stays on indexes), then the details of that page's projects.

use std::collections::BTreeMap;

use atlas_domain::{Named, ProjectKind, ProjectStatus, SearchHit, SearchSort, links};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Double, Text};

use crate::schema::*;
use crate::search::filter::{FilterProjects, Fulltext, Resolved};
use crate::search::snippet::{Terms, highlight, snippet};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// Orders a filtered project query, for both connection types.
pub trait OrderProjects: FilterProjects {
    /// `q` in the order of `sort`: relevance (with keywords; date otherwise), date (most
    /// recent first, undated last) or title; ties broken by id so pages never overlap.
    fn ordered<'a>(
        &self,
        q: projects::BoxedQuery<'a, Self::Db>,
        r: &'a Resolved,
        sort: SearchSort,
    ) -> projects::BoxedQuery<'a, Self::Db>;
}

macro_rules! impl_order_projects {
    ($conn:ty, |$q:ident| $then_by_date:expr) => {
        impl OrderProjects for $conn {
            fn ordered<'a>(
                &self,
                q: projects::BoxedQuery<'a, Self::Db>,
                r: &'a Resolved,
                sort: SearchSort,
            ) -> projects::BoxedQuery<'a, Self::Db> {
                let words = &r.filter.words;
                let $q = match sort {
                    SearchSort::Name => {
                        return q.order((projects::title_folded.asc(), projects::id.asc()));
                    }
                    SearchSort::Relevance if !words.is_empty() => {
                        let rank = sql::<Double>(<$conn as Fulltext>::RANK_SQL)
                            .bind::<Text, _>(<$conn as Fulltext>::match_query(words))
                            .sql(<$conn as Fulltext>::RANK_CLOSE);
                        q.order(rank.asc())
                    }
                    _ => q,
                };
                $then_by_date
            }
        }
    };
}
// SQLite sorts NULL first ascending, so last descending; PostgreSQL must be told.
impl_order_projects!(diesel::SqliteConnection, |q| q
    .then_order_by(projects::start_year.desc())
    .then_order_by(projects::end_year.desc())
    .then_order_by(projects::id.desc()));
impl_order_projects!(diesel::PgConnection, |q| q
    .then_order_by(projects::start_year.desc().nulls_last())
    .then_order_by(projects::end_year.desc().nulls_last())
    .then_order_by(projects::id.desc()));

/// Ids of the `page`-th page of `per_page` projects matching `r`, in the order of `sort`.
pub fn page_ids(
    conn: &mut DbConn,
    r: &Resolved,
    sort: SearchSort,
    page: i64,
    per_page: i64,
) -> Result<Vec<i32>, DbError> {
    let offset = (page - 1).saturating_mul(per_page);
    Ok(with_conn!(conn, |c| {
        let q = c.ordered(c.filtered_projects(r), r, sort);
        q.select(projects::id)
            .limit(per_page)
            .offset(offset)
            .load::<i32>(c)
    })?)
}

/// A project as a search hit shows it.
#[derive(Queryable)]
struct HitRow {
    id: i32,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    #[diesel(deserialize_as = Stored<ProjectStatus>)]
    status: ProjectStatus,
    title: String,
    objectives: Option<String>,
    description: Option<String>,
    context: Option<String>,
    history: Option<String>,
    start_year: Option<i32>,
    end_year: Option<i32>,
    lat: Option<f64>,
    lon: Option<f64>,
    collectivite_id: i32,
    collectivite_name: String,
    partner_id: Option<i32>,
    partner_name: Option<String>,
    country_code: String,
    country_name: String,
}

/// The hits for `ids`, in that order, with highlighted title and snippet for `words`.
pub fn hits(conn: &mut DbConn, ids: &[i32], words: &[String]) -> Result<Vec<SearchHit>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (rows, theme_rows) = with_conn!(conn, |c| {
        let rows = projects::table
            .inner_join(collectivites::table)
            .inner_join(countries::table)
            .left_join(partners::table)
            .filter(projects::id.eq_any(ids))
            .select((
                projects::id,
                projects::kind,
                projects::status,
                projects::title,
                projects::objectives,
                projects::description,
                projects::context,
                projects::history,
                projects::start_year,
                projects::end_year,
                projects::lat,
                projects::lon,
                collectivites::id,
                collectivites::name,
                partners::id.nullable(),
                partners::name.nullable(),
                countries::code,
                countries::name_fr,
            ))
            .load::<HitRow>(c)?;
        let themes = project_themes::table
            .inner_join(themes::table)
            .filter(project_themes::project_id.eq_any(ids))
            .order((project_themes::project_id, themes::position))
            .select((project_themes::project_id, themes::code, themes::name_fr))
            .load::<(i32, String, String)>(c)?;
        Ok::<_, diesel::result::Error>((rows, themes))
    })?;
    let mut themes_of: BTreeMap<i32, Vec<Named>> = BTreeMap::new();
    for (id, code, name) in theme_rows {
        themes_of.entry(id).or_default().push(Named { code, name });
    }
    let terms = Terms::new(words);
    let mut by_id: BTreeMap<i32, SearchHit> = rows
        .into_iter()
        .map(|row| {
            let passages: Vec<&str> = [
                &row.description,
                &row.objectives,
                &row.context,
                &row.history,
            ]
            .into_iter()
            .filter_map(|t| t.as_deref())
            .collect();
            let hit = SearchHit {
                id: row.id,
                kind: row.kind,
                status: row.status,
                title_parts: highlight(&row.title, &terms),
                snippet: snippet(&passages, &terms),
                title: row.title,
                collectivite: Named {
                    code: row.collectivite_id.to_string(),
                    name: row.collectivite_name,
                },
                partner: row
                    .partner_id
                    .zip(row.partner_name)
                    .map(|(id, name)| Named {
                        code: id.to_string(),
                        name,
                    }),
                country: Named {
                    code: row.country_code,
                    name: row.country_name,
                },
                themes: themes_of.remove(&row.id).unwrap_or_default(),
                start_year: row.start_year,
                end_year: row.end_year,
                lat: row.lat,
                lon: row.lon,
                href: links::project(row.id),
            };
            (row.id, hit)
        })
        .collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}
