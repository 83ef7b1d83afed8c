//! Marker layers for maps: counts per place and kind, as GeoJSON features (RFC 7946).
//!
//! Projects are selected by the shared project filter (`filtered_projects`), Bourse requests
//! by the criteria they can meet (`filtered_requests`), then counted per place of the asked
//! level in SQL. Each project counts once, at its lead collectivité or lead partner, so the
//! counts of a layer add up to the number of matching projects at every level.

use atlas_domain::{
    MapLevel, MapRequest, MarkerFeature, MarkerKind, MarkerLayer, MarkerProperties, PointGeometry,
    ProjectKind,
};
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use crate::bourse::criteria::FilterRequests;
use crate::schema::{
    bourse_requests, collectivites, countries, departements, partners, projects, regions,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::{DbConn, DbError};

/// The country of every French place (collectivités, régions, départements).
const FRANCE: &str = "FR";

/// One counted place of one kind, before it becomes a feature.
struct Counted {
    href: String,
    label: String,
    country_code: String,
    lat: Option<f64>,
    lon: Option<f64>,
    kind: MarkerKind,
    count: i64,
}

fn in_france<K>(_: &K) -> String {
    FRANCE.to_owned()
}

/// Place key, label, latitude, longitude, project kind, count.
type PlaceRow<K> = (K, String, Option<f64>, Option<f64>, String, i64);
/// Partner id, country, name, latitude, longitude, project kind, count.
type PartnerRow = (i32, String, String, Option<f64>, Option<f64>, String, i64);
/// Country code, name, latitude, longitude, number of requests.
type CountryRequestsRow = (String, String, Option<f64>, Option<f64>, i64);

impl Counted {
    /// A place's count of projects of kind `kind` (a project kind's wire name).
    fn projects<K>(
        (key, label, lat, lon, kind, count): PlaceRow<K>,
        href: impl Fn(&K) -> String,
        country_code: impl Fn(&K) -> String,
    ) -> Option<Counted> {
        Some(Counted {
            href: href(&key),
            label,
            country_code: country_code(&key),
            lat,
            lon,
            kind: kind.parse::<ProjectKind>().ok()?.into(),
            count,
        })
    }
}

/// Counts the projects of `$ids` per place (`$key`, `$label`, `$lat`, `$lon`) and kind, over
/// `$from` (projects joined to the place's table).
macro_rules! count_per_place {
    ($c:expr, $from:expr, $ids:expr, $key:expr, $label:expr, $lat:expr, $lon:expr) => {
        $from
            .filter(projects::id.eq_any($ids))
            .group_by(($key, $label, $lat, $lon, projects::kind))
            .select(($key, $label, $lat, $lon, projects::kind, count_star()))
            .order_by($key)
            .load($c)
    };
}

/// The marker layer of the projects and requests matching `r`, grouped at `request.level`,
/// with only the kinds of `request.layers`.
pub fn markers(
    conn: &mut DbConn,
    r: &Resolved,
    request: &MapRequest,
) -> Result<MarkerLayer, DbError> {
    let kinds: Vec<&'static str> = request
        .layers
        .iter()
        .filter_map(|k| k.project_kind())
        .map(ProjectKind::as_str)
        .collect();
    let with_requests =
        request.layers.contains(&MarkerKind::DemandeCooperation) && request.level.has_requests();
    let mut counted = Vec::new();
    with_conn!(conn, |c| {
        if !kinds.is_empty() {
            let ids = || {
                c.filtered_projects(r)
                    .filter(projects::kind.eq_any(&kinds))
                    .select(projects::id)
            };
            match request.level {
                MapLevel::Country => {
                    let rows: Vec<PlaceRow<String>> = count_per_place!(
                        c,
                        projects::table.inner_join(countries::table),
                        ids(),
                        countries::code,
                        countries::name_fr,
                        countries::lat,
                        countries::lon
                    )?;
                    counted.extend(rows.into_iter().filter_map(|row| {
                        Counted::projects(row, |code| format!("/pays/{code}"), String::clone)
                    }));
                }
                MapLevel::Partner => {
                    // The partner's country goes with its id: (id, country) is the key.
                    let rows: Vec<PartnerRow> = projects::table
                        .inner_join(partners::table)
                        .filter(projects::id.eq_any(ids()))
                        .group_by((
                            partners::id,
                            partners::country_code,
                            partners::name,
                            partners::lat,
                            partners::lon,
                            projects::kind,
                        ))
                        .select((
                            partners::id,
                            partners::country_code,
                            partners::name,
                            partners::lat,
                            partners::lon,
                            projects::kind,
                            count_star(),
                        ))
                        .order_by(partners::id)
                        .load(c)?;
                    counted.extend(rows.into_iter().filter_map(
                        |(id, country, name, lat, lon, kind, n)| {
                            Counted::projects(
                                ((id, country), name, lat, lon, kind, n),
                                |(id, _)| format!("/partenaires/{id}"),
                                |(_, country)| country.clone(),
                            )
                        },
                    ));
                }
                MapLevel::Collectivite => {
                    let rows: Vec<PlaceRow<i32>> = count_per_place!(
                        c,
                        projects::table.inner_join(collectivites::table),
                        ids(),
                        collectivites::id,
                        collectivites::name,
                        collectivites::lat,
                        collectivites::lon
                    )?;
                    counted.extend(rows.into_iter().filter_map(|row| {
                        Counted::projects(row, |id| format!("/collectivites/{id}"), in_france)
                    }));
                }
                MapLevel::Region => {
                    let rows: Vec<PlaceRow<String>> = count_per_place!(
                        c,
                        projects::table.inner_join(collectivites::table).inner_join(
                            regions::table
                                .on(collectivites::region_code.eq(regions::code.nullable()))
                        ),
                        ids(),
                        regions::code,
                        regions::name,
                        regions::lat,
                        regions::lon
                    )?;
                    counted.extend(rows.into_iter().filter_map(|row| {
                        Counted::projects(row, |code| format!("/regions/{code}"), in_france)
                    }));
                }
                MapLevel::Departement => {
                    let rows: Vec<PlaceRow<String>> = count_per_place!(
                        c,
                        projects::table
                            .inner_join(collectivites::table.inner_join(departements::table)),
                        ids(),
                        departements::code,
                        departements::name,
                        departements::lat,
                        departements::lon
                    )?;
                    counted.extend(rows.into_iter().filter_map(|row| {
                        Counted::projects(row, |code| format!("/departements/{code}"), in_france)
                    }));
                }
            }
        }
        if with_requests && let Some(requests) = c.filtered_requests(r) {
            if request.level == MapLevel::Partner {
                type Row = (
                    Option<i32>,
                    Option<i32>,
                    String,
                    String,
                    Option<f64>,
                    Option<f64>,
                    i64,
                );
                let rows: Vec<Row> = bourse_requests::table
                    .filter(bourse_requests::id.eq_any(requests.select(bourse_requests::id)))
                    .group_by((
                        bourse_requests::partner_id,
                        bourse_requests::authority_name,
                        bourse_requests::country_code,
                        bourse_requests::lat,
                        bourse_requests::lon,
                    ))
                    .select((
                        min(bourse_requests::id),
                        bourse_requests::partner_id,
                        bourse_requests::authority_name,
                        bourse_requests::country_code,
                        bourse_requests::lat,
                        bourse_requests::lon,
                        count_star(),
                    ))
                    .order_by(bourse_requests::authority_name)
                    .load(c)?;
                counted.extend(rows.into_iter().map(
                    |(first, partner, name, country, lat, lon, n)| Counted {
                        // A known authority has its page; otherwise its requests are listed
                        // on its country's page, the first one anchored.
                        href: match partner {
                            Some(id) => format!("/partenaires/{id}"),
                            None => format!("/pays/{country}#demande-{}", first.unwrap_or(0)),
                        },
                        label: name,
                        country_code: country,
                        lat,
                        lon,
                        kind: MarkerKind::DemandeCooperation,
                        count: n,
                    },
                ));
            } else {
                let rows: Vec<CountryRequestsRow> = bourse_requests::table
                    .inner_join(countries::table)
                    .filter(bourse_requests::id.eq_any(requests.select(bourse_requests::id)))
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
                    .load(c)?;
                counted.extend(rows.into_iter().map(|(code, name, lat, lon, n)| Counted {
                    href: format!("/pays/{code}"),
                    label: name,
                    country_code: code,
                    lat,
                    lon,
                    kind: MarkerKind::DemandeCooperation,
                    count: n,
                }));
            }
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(MarkerLayer::new(
        counted.into_iter().filter_map(feature).collect(),
    ))
}

/// A placed count as a GeoJSON feature; places without coordinates are left out.
fn feature(c: Counted) -> Option<MarkerFeature> {
    Some(MarkerFeature {
        kind: "Feature".to_owned(),
        geometry: PointGeometry::new(c.lon?, c.lat?),
        properties: MarkerProperties {
            kind: c.kind,
            count: c.count,
            label: c.label,
            country_code: c.country_code,
            href: c.href,
        },
    })
}
