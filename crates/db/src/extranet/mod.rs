//! Scoped extranet reads: who acts for a collectivité, where its yearly procedures stand
//! (update campaign, e-APD), and the collectivités of a région as its préfecture follows them.

use std::collections::BTreeMap;

use atlas_domain::{AccountStatus, CollectiviteKind, FollowedCollectivite, UserRef, YearStatus};
use diesel::prelude::*;

use crate::schema::{
    apd_declarations, campaign_entries, campaigns, collectivites, user_collectivites, users,
};
use crate::stored::Stored;
use crate::{DbConn, DbError};

/// The région of collectivité `id` (`None` inside when it has none), or `None` if unknown.
pub fn collectivite_region(conn: &mut DbConn, id: i32) -> Result<Option<Option<String>>, DbError> {
    Ok(with_conn!(conn, |c| collectivites::table
        .find(id)
        .select(collectivites::region_code)
        .first(c)
        .optional())?)
}

/// The latest update-campaign and e-APD states of a collectivité.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Procedures {
    pub campaign: Option<YearStatus>,
    pub apd: Option<YearStatus>,
}

/// A user as stored, named.
#[derive(Queryable)]
struct UserRow {
    id: i32,
    email: String,
    first_name: String,
    last_name: String,
}

/// Active users acting for collectivité `id`.
pub fn users_of(conn: &mut DbConn, id: i32) -> Result<Vec<UserRef>, DbError> {
    let rows: Vec<UserRow> = with_conn!(conn, |c| user_collectivites::table
        .inner_join(users::table)
        .filter(user_collectivites::collectivite_id.eq(id))
        .filter(users::status.eq(Stored(AccountStatus::Active)))
        .order(users::last_name)
        .select((users::id, users::email, users::first_name, users::last_name))
        .load(c))?;
    Ok(rows
        .into_iter()
        .map(|u| UserRef {
            id: u.id,
            email: u.email,
            first_name: u.first_name,
            last_name: u.last_name,
        })
        .collect())
}

/// The latest campaign and e-APD states of each of `ids`.
pub fn procedures(conn: &mut DbConn, ids: &[i32]) -> Result<BTreeMap<i32, Procedures>, DbError> {
    let (entries, declarations) = with_conn!(conn, |c| {
        let entries: Vec<(i32, i32, String)> = campaign_entries::table
            .inner_join(campaigns::table)
            .filter(campaign_entries::collectivite_id.eq_any(ids))
            .order((campaign_entries::collectivite_id, campaigns::year.desc()))
            .select((
                campaign_entries::collectivite_id,
                campaigns::year,
                campaign_entries::status,
            ))
            .load(c)?;
        let declarations: Vec<(i32, i32, String)> = apd_declarations::table
            .filter(apd_declarations::collectivite_id.eq_any(ids))
            .order((
                apd_declarations::collectivite_id,
                apd_declarations::year.desc(),
            ))
            .select((
                apd_declarations::collectivite_id,
                apd_declarations::year,
                apd_declarations::status,
            ))
            .load(c)?;
        Ok::<_, diesel::result::Error>((entries, declarations))
    })?;
    let mut out: BTreeMap<i32, Procedures> =
        ids.iter().map(|id| (*id, Procedures::default())).collect();
    // Rows come newest first per collectivité: keep the first of each.
    for (id, year, status) in entries {
        let slot = &mut out.entry(id).or_default().campaign;
        if slot.is_none() {
            *slot = Some(YearStatus { year, status });
        }
    }
    for (id, year, status) in declarations {
        let slot = &mut out.entry(id).or_default().apd;
        if slot.is_none() {
            *slot = Some(YearStatus { year, status });
        }
    }
    Ok(out)
}

/// A collectivité as its préfecture follows it, before its procedures are read.
#[derive(Queryable)]
struct FollowedRow {
    id: i32,
    name: String,
    #[diesel(deserialize_as = Stored<CollectiviteKind>)]
    kind: CollectiviteKind,
    departement_code: Option<String>,
}

/// The collectivités of région `region`, by name, with their procedures.
pub fn followed(conn: &mut DbConn, region: &str) -> Result<Vec<FollowedCollectivite>, DbError> {
    let rows: Vec<FollowedRow> = with_conn!(conn, |c| collectivites::table
        .filter(collectivites::region_code.eq(region))
        .order((collectivites::name_folded, collectivites::id))
        .select((
            collectivites::id,
            collectivites::name,
            collectivites::kind,
            collectivites::departement_code
        ))
        .load(c))?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut states = procedures(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            // Every id was given its (possibly empty) procedures above.
            let Procedures { campaign, apd } = states.remove(&row.id).unwrap_or_default();
            FollowedCollectivite {
                id: row.id,
                name: row.name,
                kind: row.kind.as_str().to_owned(),
                departement_code: row.departement_code,
                campaign,
                apd,
            }
        })
        .collect())
}
