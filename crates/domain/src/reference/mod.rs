//! Reference entities: the communes, EPCI, départements, régions and countries an account may
//! act for (`/reference/entities`), and the id–name and code–name pairs that name them in
//! other resources.

use serde::{Deserialize, Serialize};

use crate::FieldError;
use crate::check::Checks;

wire_enum! {
    /// Kinds of reference entities an account acts for.
    EntityKind {
        Commune = "commune": "Commune",
        Epci = "epci": "Intercommunalité (EPCI)",
        Departement = "departement": "Département",
        Region = "region": "Région",
        Country = "country": "Pays",
    }
}

/// A reference entity (COG commune, EPCI, département, région, or a country), as offered by
/// the account-request form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Entity {
    pub kind: EntityKind,
    /// INSEE code (commune, département, région), SIREN (EPCI) or ISO 3166 alpha-2 (country).
    pub code: String,
    pub name: String,
    /// What tells homonyms apart, e.g. « Ardèche (07) ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Whether the collectivité already has a page in the Atlas (always false for countries).
    pub in_atlas: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectivite_id: Option<i32>,
}

/// Longest entity code (INSEE codes have 5 characters, SIREN 9, ISO 3166 alpha-2 2).
pub const MAX_ENTITY_CODE: usize = 20;

/// A reference entity named by kind and code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct EntityRef {
    pub kind: EntityKind,
    /// Whether the code exists is checked in the database; here only its shape.
    #[cfg_attr(feature = "server", validate(
        custom(function = crate::check::not_blank, message = "Code invalide."),
        length(
            max = crate::check::chars(MAX_ENTITY_CODE),
            code = "required",
            message = "Code invalide."
        ),
    ))]
    pub code: String,
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl crate::check::ByHand for EntityRef {
    fn by_hand(&self, c: &mut Checks) {
        if crate::check::is_blank(&self.code) || self.code.chars().count() > MAX_ENTITY_CODE {
            c.fail("code", "required", "Code invalide.");
        }
    }
}

/// `GET /reference/entities`: look-up of the entities an account may act for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct EntityQuery {
    /// Start of a name or a code, at least 2 characters (accents and case ignored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Only this kind: `commune`, `epci`, `departement`, `region` or `country`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// At most this many entities, 1 to 50 (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
}

/// A validated entity look-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySearch {
    pub q: String,
    pub kind: Option<EntityKind>,
    pub limit: i64,
}

impl EntityQuery {
    pub fn parse(&self) -> Result<EntitySearch, Vec<FieldError>> {
        let mut c = Checks::default();
        let q = self.q.as_deref().unwrap_or_default().trim().to_owned();
        if q.chars().count() < 2 {
            c.fail("q", "length", "Au moins 2 caractères.");
        } else if q.chars().count() > 100 {
            c.fail("q", "length", "Au plus 100 caractères.");
        }
        let kind = match self.kind.as_deref().filter(|k| !k.is_empty()) {
            None => None,
            Some(k) => match k.parse() {
                Ok(k) => Some(k),
                Err(_) => {
                    c.fail("kind", "unknown", format!("Type inconnu : {k}"));
                    None
                }
            },
        };
        let limit = match self.limit.as_deref() {
            None => 20,
            Some(l) => match l.parse::<i64>() {
                Ok(n) if (1..=50).contains(&n) => n,
                _ => {
                    c.fail("limit", "range", "Un entier de 1 à 50.");
                    20
                }
            },
        };
        c.done().map(|()| EntitySearch { q, kind, limit })
    }
}

/// An id and a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct IdName {
    pub id: i32,
    pub name: String,
}

/// A code and a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct CodeName {
    pub code: String,
    pub name: String,
}
