//! What a map layer shows: the level its markers stand for and the kinds it draws
//! (`GET /api/v1/map/markers?level=…&layers=…`, combined with the project criteria).

use serde::{Deserialize, Serialize};

use crate::{FieldError, MarkerKind};

wire_enum! {
    /// The places a marker layer groups its projects and requests by.
    MapLevel {
        /// One marker per country and kind (at the country's centre).
        Country = "country": "Pays",
        /// One marker per foreign partner authority and kind (at its city); Bourse requests
        /// per requesting authority.
        Partner = "partner": "Autorité partenaire",
        /// One marker per French collectivité and kind (lead collectivité of each project).
        Collectivite = "collectivite": "Collectivité",
        /// One marker per French région and kind (région of the lead collectivité).
        Region = "region": "Région",
        /// One marker per French département and kind (département of the lead collectivité).
        Departement = "departement": "Département",
    }
}

impl MapLevel {
    /// Whether Bourse requests (foreign authorities without a French partner yet) can be
    /// placed at this level: only on the foreign side.
    pub fn has_requests(self) -> bool {
        matches!(self, MapLevel::Country | MapLevel::Partner)
    }
}

/// The layer parameters of `GET /api/v1/map/markers`, as text in the query string (combined
/// with [`crate::ProjectQuery`] in the same query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "server", into_params(parameter_in = Query))]
pub struct MapQuery {
    /// What a marker stands for: `country` (default), `partner`, `collectivite`, `region`,
    /// `departement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Kinds to draw (comma-separated): `cooperation_decentralisee`,
    /// `autre_action_exterieure`, `demande_cooperation`. Default: all three.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layers: Option<String>,
}

/// Validated layer parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapRequest {
    pub level: MapLevel,
    /// Never empty: every kind when none was asked for.
    pub layers: Vec<MarkerKind>,
}

impl MapQuery {
    /// Validates `level` and `layers`, naming the faulty field.
    pub fn parse(&self) -> Result<MapRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let level = match self.level.as_deref().map(str::trim) {
            None | Some("") => MapLevel::Country,
            Some(value) => value.parse().unwrap_or_else(|_| {
                errors.push(FieldError {
                    field: "level".to_owned(),
                    code: "unknown".to_owned(),
                    message: format!("Niveau inconnu : {value}"),
                });
                MapLevel::Country
            }),
        };
        let mut layers = Vec::new();
        for value in self
            .layers
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            match value.parse::<MarkerKind>() {
                Ok(kind) if !layers.contains(&kind) => layers.push(kind),
                Ok(_) => {}
                Err(_) => errors.push(FieldError {
                    field: "layers".to_owned(),
                    code: "unknown".to_owned(),
                    message: format!("Couche inconnue : {value}"),
                }),
            }
        }
        if layers.is_empty() {
            layers = MarkerKind::ALL.to_vec();
        }
        if errors.is_empty() {
            Ok(MapRequest { level, layers })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_every_kind_by_country() {
        let request = MapQuery::default().parse().unwrap();
        assert_eq!(request.level, MapLevel::Country);
        assert_eq!(request.layers, MarkerKind::ALL);
    }

    #[test]
    fn unknown_level_and_layer_are_named() {
        let errors = MapQuery {
            level: Some("planet".into()),
            layers: Some("demande_cooperation,purple".into()),
        }
        .parse()
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["level", "layers"]);
    }

    #[test]
    fn layers_are_deduplicated_in_order() {
        let request = MapQuery {
            level: Some("partner".into()),
            layers: Some("demande_cooperation, demande_cooperation,autre_action_exterieure".into()),
        }
        .parse()
        .unwrap();
        assert_eq!(request.level, MapLevel::Partner);
        assert_eq!(
            request.layers,
            [
                MarkerKind::DemandeCooperation,
                MarkerKind::AutreActionExterieure
            ]
        );
    }
}
