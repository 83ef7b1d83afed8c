//! Partnerships as pages show them: each collectivité–partner pair with its partnership
//! (twinning, convention) and the active projects the two lead together, counted by kind in
//! SQL, with their themes. Pairs come from the partnerships table and from active projects
//! (an unconventioned action may have no partnership row).

use std::collections::{BTreeMap, BTreeSet};

use atlas_domain::{
    CollectiviteKind, CollectiviteRef, PartnerRef, PartnershipSummary, ProjectKind, ThemeRef,
};
use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::projects::ARCHIVED;
use crate::schema::{collectivites, partners, partnerships, project_themes, projects, themes};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// Whose pairs.
#[derive(Debug, Clone, Copy)]
pub enum Pairs<'a> {
    /// The pairs of one collectivité.
    Collectivite(i32),
    /// The pairs of these partner authorities.
    Partners(&'a [i32]),
}

/// A partnership as stored.
#[derive(Queryable)]
struct PartnershipRow {
    collectivite_id: i32,
    partner_id: i32,
    is_jumelage: bool,
    convention_date: Option<NaiveDate>,
    since_year: Option<i32>,
}

/// Active projects of one kind led by one pair (a project may have no partner).
#[derive(Queryable)]
struct PairKindCount {
    collectivite_id: i32,
    partner_id: Option<i32>,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    projects: i64,
}

/// A theme of the active projects of one pair, with its position in the theme list.
#[derive(Queryable)]
struct PairTheme {
    collectivite_id: i32,
    partner_id: Option<i32>,
    code: String,
    label: String,
    position: i32,
}

/// (collectivité id, partner id).
type Pair = (i32, i32);

/// Loads the partnership rows, the project counts per pair and kind, and the themes per pair,
/// of the pairs whose partnership matches `$on_partnership` and projects match `$on_project`.
macro_rules! load_pairs {
    ($c:expr, $on_partnership:expr, $on_project:expr) => {{
        let rows: Vec<PartnershipRow> = partnerships::table
            .filter($on_partnership)
            .select((
                partnerships::collectivite_id,
                partnerships::partner_id,
                partnerships::is_jumelage,
                partnerships::convention_date,
                partnerships::since_year,
            ))
            .load($c)?;
        let kinds: Vec<PairKindCount> = projects::table
            .filter(projects::status.ne(ARCHIVED))
            .filter($on_project)
            .group_by((
                projects::collectivite_id,
                projects::partner_id,
                projects::kind,
            ))
            .select((
                projects::collectivite_id,
                projects::partner_id,
                projects::kind,
                count_star(),
            ))
            .load($c)?;
        let themes: Vec<PairTheme> = project_themes::table
            .inner_join(projects::table)
            .inner_join(themes::table)
            .filter(projects::status.ne(ARCHIVED))
            .filter($on_project)
            .group_by((
                projects::collectivite_id,
                projects::partner_id,
                themes::code,
                themes::name_fr,
                themes::position,
            ))
            .select((
                projects::collectivite_id,
                projects::partner_id,
                themes::code,
                themes::name_fr,
                themes::position,
            ))
            .load($c)?;
        Ok::<_, diesel::result::Error>((rows, kinds, themes))
    }};
}

/// The pairs of `pairs`, by partner country and name, then collectivité name.
pub fn summaries(conn: &mut DbConn, pairs: Pairs<'_>) -> Result<Vec<PartnershipSummary>, DbError> {
    let (rows, kinds, theme_rows) = with_conn!(conn, |c| match pairs {
        Pairs::Collectivite(id) => load_pairs!(
            c,
            partnerships::collectivite_id.eq(id),
            projects::collectivite_id.eq(id)
        ),
        Pairs::Partners(ids) => load_pairs!(
            c,
            partnerships::partner_id.eq_any(ids),
            projects::partner_id.eq_any(ids)
        ),
    })?;

    let mut summaries: BTreeMap<Pair, Draft> = BTreeMap::new();
    for row in rows {
        let draft = summaries
            .entry((row.collectivite_id, row.partner_id))
            .or_default();
        draft.is_jumelage = row.is_jumelage;
        draft.convention_date = row.convention_date;
        draft.since_year = row.since_year;
    }
    for count in kinds {
        let Some(partner) = count.partner_id else {
            continue;
        };
        let draft = summaries
            .entry((count.collectivite_id, partner))
            .or_default();
        match count.kind {
            ProjectKind::CooperationDecentralisee => draft.cooperation_projects = count.projects,
            ProjectKind::AutreActionExterieure => draft.other_actions = count.projects,
        }
    }
    let mut theme_rows = theme_rows;
    theme_rows.sort_by_key(|theme| theme.position);
    for theme in theme_rows {
        let pair = theme.partner_id.map(|p| (theme.collectivite_id, p));
        if let Some(draft) = pair.and_then(|pair| summaries.get_mut(&pair)) {
            draft.themes.push(ThemeRef {
                code: theme.code,
                label: theme.label,
            });
        }
    }

    let coll_ids: BTreeSet<i32> = summaries.keys().map(|(c, _)| *c).collect();
    let partner_ids: BTreeSet<i32> = summaries.keys().map(|(_, p)| *p).collect();
    let (colls, partners) = refs(conn, &coll_ids, &partner_ids)?;
    let mut out: Vec<PartnershipSummary> = summaries
        .into_iter()
        .filter_map(|((coll, partner), d)| {
            Some(PartnershipSummary {
                collectivite: colls.get(&coll)?.clone(),
                partner: partners.get(&partner)?.clone(),
                is_jumelage: d.is_jumelage,
                convention_date: d.convention_date,
                since_year: d.since_year,
                cooperation_projects: d.cooperation_projects,
                other_actions: d.other_actions,
                themes: d.themes,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (
            &a.partner.country_code,
            &a.partner.name,
            &a.collectivite.name,
        )
            .cmp(&(
                &b.partner.country_code,
                &b.partner.name,
                &b.collectivite.name,
            ))
    });
    Ok(out)
}

#[derive(Default)]
struct Draft {
    is_jumelage: bool,
    convention_date: Option<NaiveDate>,
    since_year: Option<i32>,
    cooperation_projects: i64,
    other_actions: i64,
    themes: Vec<ThemeRef>,
}

type Refs = (BTreeMap<i32, CollectiviteRef>, BTreeMap<i32, PartnerRef>);

/// Names of the collectivités and partners of the pairs.
fn refs(
    conn: &mut DbConn,
    coll_ids: &BTreeSet<i32>,
    partner_ids: &BTreeSet<i32>,
) -> Result<Refs, DbError> {
    let coll_ids: Vec<i32> = coll_ids.iter().copied().collect();
    let partner_ids: Vec<i32> = partner_ids.iter().copied().collect();
    let (colls, partners) = with_conn!(conn, |c| {
        let colls: Vec<(i32, String, Stored<CollectiviteKind>)> = collectivites::table
            .filter(collectivites::id.eq_any(&coll_ids))
            .select((collectivites::id, collectivites::name, collectivites::kind))
            .load(c)?;
        let partners: Vec<(i32, String, String)> = partners::table
            .filter(partners::id.eq_any(&partner_ids))
            .select((partners::id, partners::name, partners::country_code))
            .load(c)?;
        Ok::<_, diesel::result::Error>((colls, partners))
    })?;
    Ok((
        colls
            .into_iter()
            .map(|(id, name, Stored(kind))| (id, CollectiviteRef { id, name, kind }))
            .collect(),
        partners
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
    ))
}
