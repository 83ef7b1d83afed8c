//! Every `wire_enum!` of the domain stored through one mapping: its wire name in a text
//! column. A stored value the code does not know fails the query (logged, answered 500): it is
//! never turned into a plausible default.
//!
//! In a `Queryable` row, declare the field with its domain type and
//! `#[diesel(deserialize_as = Stored<Status>)]`; in writes, bind `Stored(status)` or
//! `status.as_str()`.

use atlas_domain::WireEnum;

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::Pg;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

/// A domain enum as stored: its wire name in a `Text` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, AsExpression, FromSqlRow)]
#[diesel(sql_type = Text)]
pub struct Stored<T: WireEnum>(pub T);

impl<T: WireEnum> Stored<T> {
    /// Parses a stored wire name read as text (in a query that selects it as `String`).
    pub fn parse(column: &'static str, value: &str) -> Result<T, crate::DbError> {
        value
            .parse()
            .map_err(|_| crate::DbError::stored(column, value))
    }
}

/// Declares, for each listed enum, that its stored form reads into it (`deserialize_as` needs
/// `Into`; a blanket impl over every `T` is not allowed for foreign types).
macro_rules! stored_enums {
    ($($t:ty),* $(,)?) => {$(
        impl From<Stored<$t>> for $t {
            fn from(s: Stored<$t>) -> Self {
                s.0
            }
        }
    )*};
}

impl<T: WireEnum, DB: Backend> FromSql<Text, DB> for Stored<T>
where
    String: FromSql<Text, DB>,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
        let text = String::from_sql(bytes)?;
        text.parse().map(Stored).map_err(|_| {
            format!(
                "unknown stored value {text:?} for {}",
                std::any::type_name::<T>()
            )
            .into()
        })
    }
}

impl<T: WireEnum> ToSql<Text, Sqlite> for Stored<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
        out.set_value(self.0.as_str());
        Ok(serialize::IsNull::No)
    }
}

impl<T: WireEnum> ToSql<Text, Pg> for Stored<T> {
    fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
        <str as ToSql<Text, Pg>>::to_sql(self.0.as_str(), &mut out.reborrow())
    }
}

stored_enums!(
    atlas_domain::AccountGroup,
    atlas_domain::AccountStatus,
    atlas_domain::ApdLineType,
    atlas_domain::BourseStatus,
    atlas_domain::CollectiviteKind,
    atlas_domain::ContactRole,
    atlas_domain::ContactSide,
    atlas_domain::EntityKind,
    atlas_domain::MapLayer,
    atlas_domain::MapLevel,
    atlas_domain::MarkerKind,
    atlas_domain::NetworkKind,
    atlas_domain::PartnerKind,
    atlas_domain::ProjectKind,
    atlas_domain::ProjectStatus,
    atlas_domain::Role,
    atlas_domain::SavedSearchKind,
    atlas_domain::VolunteerKind,
);
