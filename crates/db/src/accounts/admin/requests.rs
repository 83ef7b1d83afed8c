//! Account requests the admin validates (creating the entity's page from the COG when needed)
//! or refuses with a reason; the requester is told by e-mail.

use atlas_domain::{AccountGroup, AccountRequest, AccountStatus, EntityKind, Paging, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::json;

use super::LinkWrite;
use crate::accounts::audit::{AuditWrite, Change};
use crate::accounts::entities::{EntityAccess, get as entity};
use crate::accounts::outbox::{NewEmail, OutboxWrite};
use crate::accounts::{Actor, now};
use crate::schema::users;
use crate::{DbConn, DbError};

type RequestRow = (
    i32,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<String>,
);

macro_rules! request_columns {
    () => {
        (
            users::id,
            users::email,
            users::first_name,
            users::last_name,
            users::job_title,
            users::role,
            users::status,
            users::requested_entity_kind,
            users::requested_entity_code,
            users::created_at,
            users::email_confirmed_at,
            users::refusal_reason,
        )
    };
}

fn to_request(conn: &mut DbConn, r: RequestRow) -> Result<AccountRequest, DbError> {
    let group = match r.5.as_str() {
        "ambassade" => AccountGroup::Ambassade,
        "prefecture" => AccountGroup::Prefecture,
        "operateur" => AccountGroup::Operateur,
        _ => AccountGroup::Collectivite,
    };
    let entity = match (
        r.7.as_deref().and_then(|k| k.parse::<EntityKind>().ok()),
        r.8.as_deref(),
    ) {
        (Some(kind), Some(code)) => entity(conn, kind, code)?,
        _ => None,
    };
    Ok(AccountRequest {
        id: r.0,
        email: r.1,
        first_name: r.2,
        last_name: r.3,
        job_title: r.4,
        group,
        entity,
        status: r.6.parse().unwrap_or(AccountStatus::Disabled),
        created_at: r.9,
        email_confirmed_at: r.10,
        refusal_reason: r.11,
    })
}

/// Requested accounts (never administrators) in `status`, oldest first.
pub fn requests(
    conn: &mut DbConn,
    status: AccountStatus,
    paging: &Paging,
) -> Result<(Vec<AccountRequest>, i64), DbError> {
    let (rows, total) = with_conn!(conn, |c| {
        macro_rules! filtered {
            () => {
                users::table
                    .filter(users::status.eq(status.as_str()))
                    .filter(users::role.ne(Role::Admin.as_str()))
            };
        }
        let total: i64 = filtered!().count().get_result(c)?;
        let rows: Vec<RequestRow> = filtered!()
            .order(users::id)
            .limit(paging.per_page)
            .offset(paging.offset())
            .select(request_columns!())
            .load(c)?;
        Ok::<_, diesel::result::Error>((rows, total))
    })?;
    let items = rows
        .into_iter()
        .map(|r| to_request(conn, r))
        .collect::<Result<_, _>>()?;
    Ok((items, total))
}

/// One requested account.
pub fn request(conn: &mut DbConn, id: i32) -> Result<AccountRequest, DbError> {
    let row: RequestRow = with_conn!(conn, |c| users::table
        .find(id)
        .filter(users::role.ne(Role::Admin.as_str()))
        .select(request_columns!())
        .first(c))?;
    to_request(conn, row)
}

/// Approves a request awaiting validation: active, attached to its collectivité (created
/// from the COG if needed), `email` queued. `Conflict` in any other status.
pub fn approve(conn: &mut DbConn, id: i32, email: &NewEmail, actor: &Actor) -> Result<(), DbError> {
    let done = write_tx!(conn, |c| {
        let row: (String, String, Option<String>, Option<String>) = users::table
            .find(id)
            .filter(users::role.ne(Role::Admin.as_str()))
            .select((
                users::status,
                users::role,
                users::requested_entity_kind,
                users::requested_entity_code,
            ))
            .first(c)?;
        if row.0 != AccountStatus::PendingValidation.as_str() {
            return Ok::<_, diesel::result::Error>(false);
        }
        let mut collectivite = None;
        if row.1 == Role::Collectivite.as_str()
            && let (Some(kind), Some(code)) = (
                row.2.as_deref().and_then(|k| k.parse().ok()),
                row.3.as_deref(),
            )
        {
            collectivite = c.ensure_collectivite(kind, code)?;
            if let Some(cid) = collectivite {
                c.link(id, cid)?;
                // A collectivité may have joined the Atlas: public lists change.
                crate::meta::set_meta!(
                    c,
                    crate::meta::DATA_GENERATION,
                    &crate::meta::new_generation()
                )?;
            }
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(AccountStatus::Active.as_str()),
                users::validated_at.eq(Some(now())),
                users::validated_by.eq(actor.user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        c.enqueue(email)?;
        c.audit(
            actor,
            &Change::new("account.approve", "user", id)
                .with(json!({"status": AccountStatus::Active, "collectivite_id": collectivite})),
        )?;
        Ok(true)
    })?;
    done.then_some(())
        .ok_or_else(|| DbError::Conflict("Cette demande n'attend pas de validation.".into()))
}

/// Refuses a request awaiting confirmation or validation, with `reason`; `email` queued.
pub fn refuse(
    conn: &mut DbConn,
    id: i32,
    reason: &str,
    email: &NewEmail,
    actor: &Actor,
) -> Result<(), DbError> {
    let done = write_tx!(conn, |c| {
        let status: String = users::table
            .find(id)
            .filter(users::role.ne(Role::Admin.as_str()))
            .select(users::status)
            .first(c)?;
        if status != AccountStatus::PendingValidation.as_str()
            && status != AccountStatus::PendingEmail.as_str()
        {
            return Ok::<_, diesel::result::Error>(false);
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(AccountStatus::Refused.as_str()),
                users::refusal_reason.eq(Some(reason)),
                users::validated_by.eq(actor.user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        c.enqueue(email)?;
        c.audit(
            actor,
            &Change::new("account.refuse", "user", id)
                .with(json!({"status": AccountStatus::Refused, "reason": reason})),
        )?;
        Ok(true)
    })?;
    done.then_some(())
        .ok_or_else(|| DbError::Conflict("Cette demande n'est plus en attente.".into()))
}
