//! Marker layers for maps: counts per place and kind, as GeoJSON features (RFC 7946).
//!
//! Projects are selected by the shared project filter (`filtered_projects`), Bourse requests
//! by the criteria they can meet (`filtered_requests`), then counted per place of the asked
//! level in SQL. Each project counts once, at its lead collectivité or lead partner, so the
//! counts of a layer add up to the number of matching projects at every level.

use atlas_domain::{
    MapLevel, MapRequest, MarkerFeature, MarkerKind, MarkerLayer, MarkerProperties, PointGeometry,
    ProjectKind, links,
};
use diesel::dsl::{count_star, min};
use diesel::prelude::*;

use crate::bourse::criteria::FilterRequests;
use crate::schema::{
    bourse_requests, collectivites, countries, departements, partners, projects, regions,
};
use crate::search::filter::{FilterProjects, Resolved};
use crate::stored::Stored;
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

/// The projects of one kind led from one place (a country, collectivité, région or
/// département, keyed by its code or id).
#[derive(Queryable)]
struct PlaceProjects<K> {
    place: K,
    label: String,
    lat: Option<f64>,
    lon: Option<f64>,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    projects: i64,
}

impl<K> PlaceProjects<K> {
    /// The place's count, linked to `href` (its page), in the country `country_code`.
    fn counted(self, href: impl Fn(&K) -> String, country_code: impl Fn(&K) -> String) -> Counted {
        Counted {
            href: href(&self.place),
            country_code: country_code(&self.place),
            label: self.label,
            lat: self.lat,
            lon: self.lon,
            kind: self.kind.into(),
            count: self.projects,
        }
    }
}

/// The projects of one kind led by one partner authority.
#[derive(Queryable)]
struct PartnerProjects {
    partner_id: i32,
    country_code: String,
    name: String,
    lat: Option<f64>,
    lon: Option<f64>,
    #[diesel(deserialize_as = Stored<ProjectKind>)]
    kind: ProjectKind,
    projects: i64,
}

/// The published requests of one authority (known as a partner or only by its name).
#[derive(Queryable)]
struct AuthorityRequests {
    /// The authority's first request: the anchor on its country's page.
    first_request_id: i32,
    partner_id: Option<i32>,
    authority_name: String,
    country_code: String,
    lat: Option<f64>,
    lon: Option<f64>,
    requests: i64,
}

/// The published requests of one country.
#[derive(Queryable)]
struct CountryRequests {
    code: String,
    name: String,
    lat: Option<f64>,
    lon: Option<f64>,
    requests: i64,
}

fn in_france<K>(_: &K) -> String {
    FRANCE.to_owned()
}

/// Counts the projects of `$ids` per place (`$key`, `$label`, `$lat`, `$lon`) and kind, over
/// `$from` (projects joined to the place's table), as [`PlaceProjects`].
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
    let kinds: Vec<Stored<ProjectKind>> = request
        .layers
        .iter()
        .filter_map(|k| k.project_kind())
        .map(Stored)
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
                    let rows: Vec<PlaceProjects<String>> = count_per_place!(
                        c,
                        projects::table.inner_join(countries::table),
                        ids(),
                        countries::code,
                        countries::name_fr,
                        countries::lat,
                        countries::lon
                    )?;
                    counted.extend(
                        rows.into_iter()
                            .map(|row| row.counted(|code| links::country(code), String::clone)),
                    );
                }
                MapLevel::Partner => {
                    // The partner's country goes with its id.
                    let rows: Vec<PartnerProjects> = projects::table
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
                    counted.extend(rows.into_iter().map(|row| Counted {
                        href: links::partner(row.partner_id),
                        label: row.name,
                        country_code: row.country_code,
                        lat: row.lat,
                        lon: row.lon,
                        kind: row.kind.into(),
                        count: row.projects,
                    }));
                }
                MapLevel::Collectivite => {
                    let rows: Vec<PlaceProjects<i32>> = count_per_place!(
                        c,
                        projects::table.inner_join(collectivites::table),
                        ids(),
                        collectivites::id,
                        collectivites::name,
                        collectivites::lat,
                        collectivites::lon
                    )?;
                    counted.extend(
                        rows.into_iter()
                            .map(|row| row.counted(|id| links::collectivite(id), in_france)),
                    );
                }
                MapLevel::Region => {
                    let rows: Vec<PlaceProjects<String>> = count_per_place!(
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
                    counted.extend(
                        rows.into_iter()
                            .map(|row| row.counted(|code| links::region(code), in_france)),
                    );
                }
                MapLevel::Departement => {
                    let rows: Vec<PlaceProjects<String>> = count_per_place!(
                        c,
                        projects::table
                            .inner_join(collectivites::table.inner_join(departements::table)),
                        ids(),
                        departements::code,
                        departements::name,
                        departements::lat,
                        departements::lon
                    )?;
                    counted.extend(
                        rows.into_iter()
                            .map(|row| row.counted(|code| links::departement(code), in_france)),
                    );
                }
            }
        }
        if with_requests && let Some(requests) = c.filtered_requests(r) {
            if request.level == MapLevel::Partner {
                let rows: Vec<AuthorityRequests> = bourse_requests::table
                    .filter(bourse_requests::id.eq_any(requests.select(bourse_requests::id)))
                    .group_by((
                        bourse_requests::partner_id,
                        bourse_requests::authority_name,
                        bourse_requests::country_code,
                        bourse_requests::lat,
                        bourse_requests::lon,
                    ))
                    .select((
                        // Every group has a request.
                        min(bourse_requests::id).assume_not_null(),
                        bourse_requests::partner_id,
                        bourse_requests::authority_name,
                        bourse_requests::country_code,
                        bourse_requests::lat,
                        bourse_requests::lon,
                        count_star(),
                    ))
                    .order_by(bourse_requests::authority_name)
                    .load(c)?;
                counted.extend(rows.into_iter().map(|row| Counted {
                    // A known authority has its page; otherwise its requests are listed on
                    // its country's page, the first one anchored.
                    href: match row.partner_id {
                        Some(id) => links::partner(id),
                        None => {
                            links::country_bourse_request(&row.country_code, row.first_request_id)
                        }
                    },
                    label: row.authority_name,
                    country_code: row.country_code,
                    lat: row.lat,
                    lon: row.lon,
                    kind: MarkerKind::DemandeCooperation,
                    count: row.requests,
                }));
            } else {
                let rows: Vec<CountryRequests> = bourse_requests::table
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
                counted.extend(rows.into_iter().map(|row| Counted {
                    href: links::country(&row.code),
                    label: row.name,
                    country_code: row.code,
                    lat: row.lat,
                    lon: row.lon,
                    kind: MarkerKind::DemandeCooperation,
                    count: row.requests,
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
