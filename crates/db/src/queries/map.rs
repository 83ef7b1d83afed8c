//! Marker layers for maps: counts per place and kind, as GeoJSON features.

use atlas_domain::{MarkerFeature, MarkerKind, MarkerLayer, MarkerProperties, PointGeometry};
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{ARCHIVED, PUBLISHED};
use crate::schema::{bourse_requests, countries, projects};
use crate::{DbConn, DbError};

/// One marker per country and kind: active projects of each kind, published Bourse requests.
pub fn country_markers(conn: &mut DbConn) -> Result<MarkerLayer, DbError> {
    type Row = (String, String, Option<f64>, Option<f64>, String, i64);
    let (projects_rows, bourse_rows) = with_conn!(conn, |c| {
        let p = projects::table
            .inner_join(countries::table)
            .filter(projects::status.ne(ARCHIVED))
            .group_by((
                countries::code,
                countries::name_fr,
                countries::lat,
                countries::lon,
                projects::kind,
            ))
            .select((
                countries::code,
                countries::name_fr,
                countries::lat,
                countries::lon,
                projects::kind,
                count_star(),
            ))
            .order_by(countries::code)
            .load::<Row>(c)?;
        let b = bourse_requests::table
            .inner_join(countries::table)
            .filter(bourse_requests::status.eq(PUBLISHED))
            .group_by((
                countries::code,
                countries::name_fr,
                countries::lat,
                countries::lon,
            ))
            .select((
                countries::code,
                countries::name_fr,
                countries::lat,
                countries::lon,
                count_star(),
            ))
            .order_by(countries::code)
            .load::<(String, String, Option<f64>, Option<f64>, i64)>(c)?;
        Ok::<_, diesel::result::Error>((p, b))
    })?;
    let mut features = Vec::new();
    let mut push = |code: String,
                    name: String,
                    lat: Option<f64>,
                    lon: Option<f64>,
                    kind: MarkerKind,
                    count: i64| {
        if let (Some(lat), Some(lon)) = (lat, lon) {
            features.push(MarkerFeature {
                kind: "Feature".to_owned(),
                geometry: PointGeometry::new(lon, lat),
                properties: MarkerProperties {
                    kind,
                    count,
                    label: name,
                    href: format!("/pays/{code}"),
                    country_code: code,
                },
            });
        }
    };
    for (code, name, lat, lon, kind, count) in projects_rows {
        let Ok(kind) = kind.parse::<atlas_domain::ProjectKind>() else {
            continue;
        };
        push(code, name, lat, lon, kind.into(), count);
    }
    for (code, name, lat, lon, count) in bourse_rows {
        push(code, name, lat, lon, MarkerKind::DemandeCooperation, count);
    }
    Ok(MarkerLayer::new(features))
}
