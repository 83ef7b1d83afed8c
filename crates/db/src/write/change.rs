//! One audited change: the action, the entity it touched and, field by field, the value
//! before and after. Stored as JSON in `audit_log.changes`:
//! `{"status": {"before": "submitted", "after": "published"}}`.

use serde::Serialize;
use serde_json::{Map, Value, json};

/// A change to record in the audit log.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// What was done, `<entity>.<verb>` (`bourse_request.publish`).
    pub action: &'static str,
    /// The kind of record touched (`bourse_request`, `user`).
    pub entity_type: &'static str,
    /// The record's id; `None` when no record is designated (a sign-in with an unknown
    /// address).
    pub entity_id: Option<String>,
    /// Field → `{before, after}`; only fields whose value changed.
    pub fields: Map<String, Value>,
}

impl Change {
    pub fn new(action: &'static str, entity_type: &'static str, entity_id: impl ToString) -> Self {
        Change {
            action,
            entity_type,
            entity_id: Some(entity_id.to_string()),
            fields: Map::new(),
        }
    }

    /// A change that designates no stored record.
    pub fn unattached(action: &'static str, entity_type: &'static str) -> Self {
        Change {
            action,
            entity_type,
            entity_id: None,
            fields: Map::new(),
        }
    }

    /// Adds `field` going from `before` to `after`; nothing when they are equal.
    pub fn field<B: Serialize, A: Serialize>(mut self, field: &str, before: B, after: A) -> Self {
        let before = serde_json::to_value(before).unwrap_or(Value::Null);
        let after = serde_json::to_value(after).unwrap_or(Value::Null);
        if before != after {
            self.fields
                .insert(field.to_owned(), json!({"before": before, "after": after}));
        }
        self
    }

    /// Adds `field` set on a new record (no value before).
    pub fn set<A: Serialize>(self, field: &str, after: A) -> Self {
        self.field(field, Value::Null, after)
    }

    /// The JSON stored in the audit log (`None` when no field changed).
    pub fn fields_json(&self) -> Option<String> {
        (!self.fields.is_empty()).then(|| Value::Object(self.fields.clone()).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_kept_with_before_and_after() {
        let c = Change::new("bourse_request.publish", "bourse_request", 7)
            .field("status", "submitted", "published")
            .field("title", "Eau", "Eau")
            .set("reason", Some("Hors sujet"));
        assert_eq!(c.entity_id.as_deref(), Some("7"));
        assert_eq!(
            c.fields_json().as_deref(),
            Some(
                r#"{"reason":{"after":"Hors sujet","before":null},"status":{"after":"published","before":"submitted"}}"#
            )
        );
        assert_eq!(Change::new("a.b", "a", 1).fields_json(), None);
    }
}
