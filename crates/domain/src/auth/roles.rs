//! Who a user is: the roles, the groups one may request an account for, and where an account
//! is in its life.

use serde::{Deserialize, Serialize};

use crate::EntityKind;

wire_enum! {
    /// What a user is; with its scope (collectivités, country, région) it decides what the
    /// user may do. Stored in the database, checked on every request.
    Role {
        Collectivite = "collectivite": "Agent de collectivité",
        Ambassade = "ambassade": "Ambassade",
        Prefecture = "prefecture": "Préfecture (SGAR)",
        Operateur = "operateur": "Opérateur",
        Admin = "admin": "Administrateur (DAECT)",
    }
}

wire_enum! {
    /// The groups one may request an account for (administrators are created by
    /// `atlas create-admin` or promoted, never requested).
    AccountGroup {
        Collectivite = "collectivite": "Collectivité territoriale",
        Ambassade = "ambassade": "Ambassade",
        Prefecture = "prefecture": "Préfecture (SGAR)",
        Operateur = "operateur": "Opérateur",
    }
}

impl AccountGroup {
    pub fn role(self) -> Role {
        match self {
            AccountGroup::Collectivite => Role::Collectivite,
            AccountGroup::Ambassade => Role::Ambassade,
            AccountGroup::Prefecture => Role::Prefecture,
            AccountGroup::Operateur => Role::Operateur,
        }
    }

    /// The entity kinds a request of this group must name (`[]`: none).
    pub fn entity_kinds(self) -> &'static [EntityKind] {
        match self {
            AccountGroup::Collectivite => &[
                EntityKind::Commune,
                EntityKind::Epci,
                EntityKind::Departement,
                EntityKind::Region,
            ],
            AccountGroup::Ambassade => &[EntityKind::Country],
            AccountGroup::Prefecture => &[EntityKind::Region],
            AccountGroup::Operateur => &[],
        }
    }
}

wire_enum! {
    /// Where an account is in its life: requested (e-mail to confirm, then validation by an
    /// admin), active, refused or disabled.
    AccountStatus {
        PendingEmail = "pending_email": "Adresse à confirmer",
        PendingValidation = "pending_validation": "En attente de validation",
        Active = "active": "Actif",
        Refused = "refused": "Refusé",
        Disabled = "disabled": "Désactivé",
    }
}
