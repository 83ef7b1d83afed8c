//! Account requests (`/account-requests`): the form, the confirmation of its e-mail address,
//! where the request stands.

use serde::{Deserialize, Serialize};
#[cfg(feature = "server")]
use validator::Validate as _;

use crate::check::{self, Checks, SHORT_TEXT};
use crate::{AccountGroup, AccountStatus, EntityRef, FieldError};

/// Longest phone number.
pub const MAX_PHONE: usize = 40;

/// `POST /account-requests`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct AccountRequestForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        email,
        custom(function = check::dotted_domain),
        length(max = check::chars(crate::MAX_EMAIL), code = "email"),
    ))]
    pub email: String,
    /// At least 12 characters.
    #[cfg_attr(feature = "server", validate(
        length(min = check::chars(crate::MIN_PASSWORD), max = check::chars(crate::MAX_PASSWORD))
    ))]
    pub password: String,
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(SHORT_TEXT)),
    ))]
    pub first_name: String,
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(SHORT_TEXT)),
    ))]
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(length(max = check::chars(SHORT_TEXT))))]
    pub job_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(length(max = check::chars(MAX_PHONE))))]
    pub phone: Option<String>,
    pub group: AccountGroup,
    /// Required for every group but `operateur`: a commune, EPCI, département or région for a
    /// collectivité, a country for an embassy, a région for a préfecture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", validate(nested))]
    pub entity: Option<EntityRef>,
}

impl AccountRequestForm {
    /// Field checks that need no database (whether the entity exists is checked there).
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |c| self.check_entity(c))
    }

    /// Whether the request names an entity, and of which kind, depends on its group: a rule
    /// across two fields, which validator cannot state one field at a time.
    fn check_entity(&self, c: &mut Checks) {
        let kinds = self.group.entity_kinds();
        match &self.entity {
            None if !kinds.is_empty() => c.fail("entity", "required", "Choisissez l'entité."),
            Some(_) if kinds.is_empty() => {
                c.fail("entity", "forbidden", "Aucune entité pour ce groupe.");
            }
            Some(e) if !kinds.contains(&e.kind) => c.fail(
                "entity.kind",
                "unknown",
                format!("{} ne convient pas à ce groupe.", e.kind.label()),
            ),
            _ => return,
        }
        // The entity itself is wrong: that is the one thing to fix, not also its code.
        c.errors.retain(|e| e.field != "entity.code");
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for AccountRequestForm {
    fn by_hand(&self, c: &mut Checks) {
        c.email("email", &self.email);
        c.password("password", &self.password);
        c.text("first_name", &self.first_name, SHORT_TEXT);
        c.text("last_name", &self.last_name, SHORT_TEXT);
        c.optional("job_title", self.job_title.as_deref(), SHORT_TEXT);
        c.optional("phone", self.phone.as_deref(), MAX_PHONE);
        if let Some(entity) = &self.entity {
            c.nested("entity", |c| entity.by_hand(c));
        }
    }
}

/// Where an account request stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct AccountStatusReply {
    pub status: AccountStatus,
}

/// A one-time token received by e-mail (`POST /account-requests/confirmation`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "server", derive(validator::Validate))]
pub struct TokenForm {
    #[cfg_attr(feature = "server", validate(
        custom(function = check::not_blank),
        length(max = check::chars(crate::MAX_TOKEN)),
    ))]
    pub token: String,
}

impl TokenForm {
    /// Checks the fields (what needs no database): with validator on the server, by hand in
    /// the browser, same fields, codes and messages.
    pub fn check(&self) -> Result<(), Vec<FieldError>> {
        check::check_body(self, |_| {})
    }
}

/// The same field rules by hand, for the browser.
#[cfg(any(test, not(feature = "server")))]
impl check::ByHand for TokenForm {
    fn by_hand(&self, c: &mut Checks) {
        c.text("token", &self.token, crate::MAX_TOKEN);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{codes, field_rules};
    use crate::{EntityKind, MAX_EMAIL, MAX_PASSWORD, MAX_TOKEN, MIN_PASSWORD};

    fn form() -> AccountRequestForm {
        AccountRequestForm {
            email: "agent@mairie-exemple.fr".into(),
            password: "x".repeat(MIN_PASSWORD),
            first_name: "Ada".into(),
            last_name: "Agent".into(),
            job_title: None,
            phone: None,
            group: AccountGroup::Collectivite,
            entity: Some(EntityRef {
                kind: EntityKind::Commune,
                code: "07186".into(),
            }),
        }
    }

    /// The errors of `form()` changed by `change`.
    fn errors(change: impl FnOnce(&mut AccountRequestForm)) -> Vec<(String, String)> {
        let mut f = form();
        change(&mut f);
        field_rules(&f);
        f.check()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect()
    }

    fn one(field: &str, code: &str) -> Vec<(String, String)> {
        vec![(field.to_owned(), code.to_owned())]
    }

    #[test]
    fn a_complete_request_passes() {
        assert_eq!(errors(|_| {}), []);
        assert_eq!(
            errors(|f| {
                f.first_name = "é".repeat(SHORT_TEXT);
                f.last_name = "x".repeat(SHORT_TEXT);
                f.job_title = Some("x".repeat(SHORT_TEXT));
                f.phone = Some("0".repeat(MAX_PHONE));
                f.password = "é".repeat(MAX_PASSWORD);
                f.email = format!("{}@{}.fr", "a".repeat(64), "b".repeat(63));
            }),
            []
        );
    }

    #[test]
    fn each_field_is_bounded() {
        assert_eq!(
            errors(|f| f.email = String::new()),
            one("email", "required")
        );
        assert_eq!(errors(|f| f.email = "  ".into()), one("email", "required"));
        assert_eq!(
            errors(|f| f.email = "pas une adresse".into()),
            one("email", "email")
        );
        assert_eq!(
            errors(|f| f.email = "agent@mairie".into()),
            one("email", "email")
        );
        let long = format!(
            "{}@{}.{}.fr",
            "a".repeat(64),
            "b".repeat(63),
            "c".repeat(MAX_EMAIL)
        );
        assert_eq!(errors(|f| f.email = long), one("email", "email"));
        let short = "x".repeat(MIN_PASSWORD - 1);
        assert_eq!(errors(|f| f.password = short), one("password", "length"));
        let long = "x".repeat(MAX_PASSWORD + 1);
        assert_eq!(errors(|f| f.password = long), one("password", "length"));
        assert_eq!(
            errors(|f| f.first_name = " ".into()),
            one("first_name", "required")
        );
        let long = "x".repeat(SHORT_TEXT + 1);
        assert_eq!(
            errors(|f| f.last_name = long.clone()),
            one("last_name", "length")
        );
        assert_eq!(
            errors(|f| f.job_title = Some(long)),
            one("job_title", "length")
        );
        assert_eq!(errors(|f| f.job_title = Some(String::new())), []);
        let long = "0".repeat(MAX_PHONE + 1);
        assert_eq!(errors(|f| f.phone = Some(long)), one("phone", "length"));
    }

    #[test]
    fn the_entity_depends_on_the_group() {
        assert_eq!(errors(|f| f.entity = None), one("entity", "required"));
        assert_eq!(
            errors(|f| f.group = AccountGroup::Operateur),
            one("entity", "forbidden")
        );
        // A wrong entity is reported alone, not also its malformed code.
        let operateur = |f: &mut AccountRequestForm| {
            f.group = AccountGroup::Operateur;
            f.entity = Some(EntityRef {
                kind: EntityKind::Commune,
                code: " ".into(),
            });
        };
        assert_eq!(errors(operateur), one("entity", "forbidden"));
        let country = |f: &mut AccountRequestForm| {
            f.entity = Some(EntityRef {
                kind: EntityKind::Country,
                code: String::new(),
            })
        };
        assert_eq!(errors(country), one("entity.kind", "unknown"));
        let code = |code: String| {
            move |f: &mut AccountRequestForm| {
                f.entity = Some(EntityRef {
                    kind: EntityKind::Epci,
                    code,
                })
            }
        };
        assert_eq!(errors(code(" ".into())), one("entity.code", "required"));
        assert_eq!(errors(code("2".repeat(21))), one("entity.code", "required"));
        assert_eq!(errors(code("2".repeat(20))), []);
    }

    #[test]
    fn errors_come_in_field_order_with_their_french_messages() {
        let mut f = form();
        f.entity = None;
        f.last_name = String::new();
        f.password = "court".into();
        f.email = "pas une adresse".into();
        let errors = f.check().unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("email", "email"),
                ("password", "length"),
                ("last_name", "required"),
                ("entity", "required")
            ]
        );
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Adresse électronique invalide.",
                "Au moins 12 caractères.",
                "Ce champ est obligatoire.",
                "Choisissez l'entité."
            ]
        );
    }

    #[test]
    fn tokens_are_required_and_bounded() {
        let token = |t: String| {
            let f = TokenForm { token: t };
            field_rules(&f);
            codes(&f.check().err().unwrap_or_default())
                .into_iter()
                .map(|(f, c)| format!("{f} {c}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(token(" ".into()), ["token required"]);
        assert_eq!(token("t".repeat(MAX_TOKEN + 1)), ["token length"]);
        assert!(token("t".repeat(MAX_TOKEN)).is_empty());
    }
}
