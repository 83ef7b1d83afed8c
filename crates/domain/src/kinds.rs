//! Closed sets of the domain (kinds, statuses) with their wire names and French labels.
//! Stored as their wire names in the database; parsed back with `FromStr`.

use serde::{Deserialize, Serialize};

/// Declares a string-backed enum with its wire names and French labels.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
        // Wire names are the snake_case of the variants; stating it on the container is what
        // utoipa reads for the schema (it ignored the per-variant renames of this macro).
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used on the wire and in the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// The French label shown to users.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl $crate::kinds::WireEnum for $name {
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::kinds::UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    _ => Err($crate::kinds::UnknownValue(s.to_owned())),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// What every `wire_enum!` is: a closed set stored and sent as its wire names. Storage maps
/// every such enum to a text column through this one trait.
pub trait WireEnum:
    Copy + std::str::FromStr<Err = UnknownValue> + std::fmt::Debug + Send + Sync + 'static
{
    /// The name used on the wire and in the database.
    fn as_str(self) -> &'static str;
}

/// A string that names no value of the expected set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue(pub String);

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "valeur inconnue : {}", self.0)
    }
}

impl std::error::Error for UnknownValue {}

wire_enum! {
    /// What a project is: a conventioned decentralised cooperation, or another external action.
    ProjectKind {
        CooperationDecentralisee = "cooperation_decentralisee": "Coopération décentralisée",
        AutreActionExterieure = "autre_action_exterieure": "Autre action extérieure",
    }
}

wire_enum! {
    /// The three layers of every map: blue, yellow, red.
    MarkerKind {
        CooperationDecentralisee = "cooperation_decentralisee": "Coopération décentralisée",
        AutreActionExterieure = "autre_action_exterieure": "Autre action extérieure",
        DemandeCooperation = "demande_cooperation": "Demande de coopération (Bourse projets)",
    }
}

impl MarkerKind {
    /// The colour of the layer, as the Atlas has always drawn it.
    pub fn colour(self) -> &'static str {
        match self {
            MarkerKind::CooperationDecentralisee => "#000091",
            MarkerKind::AutreActionExterieure => "#e8b400",
            MarkerKind::DemandeCooperation => "#e1000f",
        }
    }
}

impl MarkerKind {
    /// The project kind a layer draws; `None` for Bourse requests, which are not projects.
    pub fn project_kind(self) -> Option<ProjectKind> {
        match self {
            MarkerKind::CooperationDecentralisee => Some(ProjectKind::CooperationDecentralisee),
            MarkerKind::AutreActionExterieure => Some(ProjectKind::AutreActionExterieure),
            MarkerKind::DemandeCooperation => None,
        }
    }
}

impl From<ProjectKind> for MarkerKind {
    fn from(kind: ProjectKind) -> Self {
        match kind {
            ProjectKind::CooperationDecentralisee => MarkerKind::CooperationDecentralisee,
            ProjectKind::AutreActionExterieure => MarkerKind::AutreActionExterieure,
        }
    }
}

wire_enum! {
    /// Types of French collectivités.
    CollectiviteKind {
        Region = "region": "Région",
        Departement = "departement": "Département",
        CollectiviteStatutParticulier = "collectivite_statut_particulier": "Collectivité à statut particulier / d'outre-mer",
        Metropole = "metropole": "Métropole",
        CommunauteUrbaine = "communaute_urbaine": "Communauté urbaine",
        CommunauteAgglomeration = "communaute_agglomeration": "Communauté d'agglomération",
        CommunauteCommunes = "communaute_communes": "Communauté de communes",
        Syndicat = "syndicat": "Syndicat intercommunal",
        Commune = "commune": "Commune",
    }
}

wire_enum! {
    /// Types of foreign partner authorities.
    PartnerKind {
        Municipalite = "municipalite": "Municipalité / ville",
        Province = "province": "Province / région / État fédéré",
        District = "district": "District / comté",
        Groupement = "groupement": "Groupement de collectivités",
        Autre = "autre": "Autre autorité locale",
    }
}

wire_enum! {
    /// Life of a project: active (in progress or finished), then archived, never deleted.
    ProjectStatus {
        EnCours = "en_cours": "En cours",
        Termine = "termine": "Terminé",
        Archive = "archive": "Archivé",
    }
}

wire_enum! {
    /// Life of a Bourse request.
    BourseStatus {
        Submitted = "submitted": "En attente de validation",
        Published = "published": "Publiée",
        Rejected = "rejected": "Refusée",
        Closed = "closed": "Clôturée",
    }
}

wire_enum! {
    /// Lines of an APD declaration.
    ApdLineType {
        ProjetsCooperation = "projets_cooperation": "Projets de coopération et jumelages",
        AideHumanitaire = "aide_humanitaire": "Aide humanitaire et d'urgence",
        SubventionsOng = "subventions_ong": "Subventions aux ONG",
        ContributionsMultilaterales = "contributions_multilaterales": "Contributions aux organisations multilatérales",
    }
}

wire_enum! {
    /// Who a collectivité's contact is.
    ContactRole {
        Elu = "elu": "Élu",
        Cadre = "cadre": "Cadre territorial",
    }
}

wire_enum! {
    /// Which side of a project a contact is on.
    ContactSide {
        France = "france": "En France",
        Etranger = "etranger": "À l'étranger",
    }
}

wire_enum! {
    /// Kinds of associations and networks.
    NetworkKind {
        AssociationElus = "association_elus": "Association d'élus",
        ReseauRegional = "reseau_regional": "Réseau régional multi-acteurs",
        ReseauInternational = "reseau_international": "Réseau international",
        ReseauThematique = "reseau_thematique": "Réseau thématique",
    }
}

wire_enum! {
    /// Kinds of volunteers on a project.
    VolunteerKind {
        Vsi = "vsi": "Volontariat de solidarité internationale (VSI)",
        ServiceCivique = "service_civique": "Service civique",
        VolontariatReciprocite = "volontariat_reciprocite": "Volontariat de réciprocité",
        Benevole = "benevole": "Bénévolat",
        Autre = "autre": "Autre volontariat",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_names_are_the_wire_names() {
        for kind in CollectiviteKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
        for kind in ApdLineType::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }

    #[test]
    fn wire_names_round_trip() {
        for kind in CollectiviteKind::ALL {
            assert_eq!(kind.as_str().parse::<CollectiviteKind>(), Ok(*kind));
        }
        assert!("nope".parse::<ProjectKind>().is_err());
        assert_eq!(
            serde_json::to_string(&MarkerKind::DemandeCooperation).unwrap(),
            "\"demande_cooperation\""
        );
    }
}
