//! Account requests the admin validates (creating the entity's page from the COG when needed)
//! or refuses with a reason; the requester is told by e-mail.

use atlas_domain::{AccountGroup, AccountRequest, AccountStatus, EntityKind, Paging, Role};
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::admin::LinkWrite;
use crate::journal::outbox::NewEmail;
use crate::reference::entities::{EntityAccess, get as entity};
use crate::schema::users;
use crate::stored::Stored;
use crate::write::{Actor, Change, Conflict, Need, WriteError, now, write_path};
use crate::{DbConn, DbError};

/// A requested account, as stored.
#[derive(Queryable)]
struct RequestRow {
    id: i32,
    email: String,
    first_name: String,
    last_name: String,
    job_title: Option<String>,
    #[diesel(deserialize_as = Stored<Role>)]
    role: Role,
    #[diesel(deserialize_as = Stored<AccountStatus>)]
    status: AccountStatus,
    entity_kind: Option<String>,
    entity_code: Option<String>,
    created_at: NaiveDateTime,
    email_confirmed_at: Option<NaiveDateTime>,
    refusal_reason: Option<String>,
}

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
    let group = match r.role {
        Role::Ambassade => AccountGroup::Ambassade,
        Role::Prefecture => AccountGroup::Prefecture,
        Role::Operateur => AccountGroup::Operateur,
        Role::Collectivite => AccountGroup::Collectivite,
        Role::Admin => return Err(DbError::stored("users.role", "admin (requested)")),
    };
    let kind = r
        .entity_kind
        .as_deref()
        .map(|k| Stored::<EntityKind>::parse("users.requested_entity_kind", k))
        .transpose()?;
    let entity = match (kind, r.entity_code.as_deref()) {
        (Some(kind), Some(code)) => entity(conn, kind, code)?,
        _ => None,
    };
    Ok(AccountRequest {
        id: r.id,
        email: r.email,
        first_name: r.first_name,
        last_name: r.last_name,
        job_title: r.job_title,
        group,
        entity,
        status: r.status,
        created_at: r.created_at,
        email_confirmed_at: r.email_confirmed_at,
        refusal_reason: r.refusal_reason,
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
                    .filter(users::status.eq(Stored(status)))
                    .filter(users::role.ne(Stored(Role::Admin)))
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
        .filter(users::role.ne(Stored(Role::Admin)))
        .select(request_columns!())
        .first(c))?;
    to_request(conn, row)
}

/// The stored facts a decision on a request needs.
#[derive(Queryable)]
struct Pending {
    #[diesel(deserialize_as = Stored<AccountStatus>)]
    status: AccountStatus,
    #[diesel(deserialize_as = Stored<Role>)]
    role: Role,
    entity_kind: Option<String>,
    entity_code: Option<String>,
}

/// Approves a request awaiting validation: active, attached to its collectivité (created
/// from the COG if needed), `email` queued. `Conflict` in any other status.
pub fn approve(conn: &mut DbConn, id: i32, email: &NewEmail, actor: &Actor) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Admin)?;
        let row: Pending = users::table
            .find(id)
            .filter(users::role.ne(Stored(Role::Admin)))
            .select((
                users::status,
                users::role,
                users::requested_entity_kind,
                users::requested_entity_code,
            ))
            .first(c)?;
        if row.status != AccountStatus::PendingValidation {
            return Err(WriteError::Conflict(Conflict::NotAwaitingValidation));
        }
        let kind = match row.entity_kind.as_deref() {
            Some(k) => Some(
                k.parse::<EntityKind>()
                    .map_err(|_| WriteError::stored("users.requested_entity_kind", k))?,
            ),
            None => None,
        };
        let mut collectivite = None;
        if row.role == Role::Collectivite
            && let (Some(kind), Some(code)) = (kind, row.entity_code.as_deref())
        {
            let existed = c.collectivite_of(kind, code)?.is_some();
            collectivite = c.ensure_collectivite(kind, code)?;
            if let Some(cid) = collectivite {
                c.link(id, cid)?;
                if !existed {
                    // A collectivité joined the Atlas: public lists change.
                    j.public();
                    j.record(
                        Change::new("collectivite.create", "collectivite", cid)
                            .set("entity", format!("{kind}:{code}")),
                    );
                }
            }
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(Stored(AccountStatus::Active)),
                users::validated_at.eq(Some(now())),
                users::validated_by.eq(j.actor().user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        j.email(email.clone());
        j.record(
            Change::new("account.approve", "user", id)
                .field("status", row.status, AccountStatus::Active)
                .set("collectivite_id", collectivite),
        );
        Ok(())
    })
}

/// Refuses a request awaiting confirmation or validation, with `reason`; `email` queued.
pub fn refuse(
    conn: &mut DbConn,
    id: i32,
    reason: &str,
    email: &NewEmail,
    actor: &Actor,
) -> Result<(), DbError> {
    write_path!(conn, actor, |c, j| {
        j.authorize(c, Need::Admin)?;
        let status: AccountStatus = users::table
            .find(id)
            .filter(users::role.ne(Stored(Role::Admin)))
            .select(users::status)
            .first::<Stored<AccountStatus>>(c)?
            .0;
        if status != AccountStatus::PendingValidation && status != AccountStatus::PendingEmail {
            return Err(WriteError::Conflict(Conflict::AlreadyDecided));
        }
        diesel::update(users::table.find(id))
            .set((
                users::status.eq(Stored(AccountStatus::Refused)),
                users::refusal_reason.eq(Some(reason)),
                users::validated_by.eq(j.actor().user_id),
                users::updated_at.eq(now()),
            ))
            .execute(c)?;
        j.email(email.clone());
        j.record(
            Change::new("account.refuse", "user", id)
                .field("status", status, AccountStatus::Refused)
                .set("refusal_reason", reason),
        );
        Ok(())
    })
}
