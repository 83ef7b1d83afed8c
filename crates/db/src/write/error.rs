//! What a write can refuse, as codes: the API chooses the status and the sentence.

use atlas_domain::FieldError;

/// Why a change does not apply to the record's current state (answered 409). The wire code
/// is [`Conflict::code`]; the sentence is the API's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// The Bourse request was already published or refused.
    AlreadyModerated,
    /// The account request is not awaiting validation.
    NotAwaitingValidation,
    /// The account request was already decided.
    AlreadyDecided,
    /// The account is already in the status asked (disabled or active).
    AlreadyInStatus,
    /// Only a collectivité agent can be attached to a collectivité.
    NotAnAgent,
    /// An account with this e-mail exists.
    EmailTaken,
}

impl Conflict {
    /// The machine-readable code.
    pub fn code(self) -> &'static str {
        match self {
            Conflict::AlreadyModerated => "already_moderated",
            Conflict::NotAwaitingValidation => "not_awaiting_validation",
            Conflict::AlreadyDecided => "already_decided",
            Conflict::AlreadyInStatus => "already_in_status",
            Conflict::NotAnAgent => "not_an_agent",
            Conflict::EmailTaken => "email_taken",
        }
    }
}

/// Why a write did not happen. Everything but `Db` and the two bugs is the caller's doing.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(transparent)]
    Db(#[from] diesel::result::Error),
    /// The record does not exist.
    #[error("not found")]
    NotFound,
    /// The actor's scope does not cover the record.
    #[error("forbidden")]
    Forbidden,
    #[error("conflict: {}", .0.code())]
    Conflict(Conflict),
    /// A field's value refused by the storage's own rules (an unknown code).
    #[error("invalid field {}", .0.field)]
    Invalid(FieldError),
    /// A stored value the code does not know (a corrupt or newer database).
    #[error("unknown stored value {value:?} in {column}")]
    Stored { column: &'static str, value: String },
    /// A bug: the body changed data without checking the actor's scope.
    #[error("write path: the body did not check the actor's scope")]
    Unchecked,
    /// A bug: the body changed data without recording an audit entry.
    #[error("write path: the body recorded no audit entry")]
    Unaudited,
}

impl WriteError {
    pub(crate) fn stored(column: &'static str, value: &str) -> Self {
        WriteError::Stored {
            column,
            value: value.to_owned(),
        }
    }
}
