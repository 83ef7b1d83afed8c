//! Downloadable map images ("télécharger une carte"): a country or a région drawn as SVG on the
//! server, from the same TopoJSON geometries and the same marker layer the app draws.
//!
//! - [`frame`] picks the area to show and projects longitude/latitude onto the picture;
//! - [`svg`] writes the document: basemap, markers sized by count, legend, title, sources.

mod frame;
mod svg;

use std::sync::LazyLock;

use atlas_domain::{MarkerKind, MarkerLayer};
use atlas_geodata::topo::{self, Feature};

pub use frame::Frame;

/// World countries (`iso2`, `name_fr`), decoded once.
static WORLD: LazyLock<Vec<Feature>> =
    LazyLock::new(|| decode(atlas_geodata::WORLD_TOPOJSON, "countries"));
/// French départements (`code`, `nom`, `region`), decoded once.
static DEPARTEMENTS: LazyLock<Vec<Feature>> =
    LazyLock::new(|| decode(atlas_geodata::FRANCE_TOPOJSON, "departements"));

fn decode(document: &str, object: &str) -> Vec<Feature> {
    // The embedded files are checked by atlas-geodata's tests; a failure here means a
    // hand-edited data/ directory, and the maps then show markers on an empty background.
    topo::decode(document, object).unwrap_or_else(|e| {
        tracing::error!(object, error = %e, "embedded TopoJSON does not decode");
        Vec::new()
    })
}

/// What a picture shows, besides its markers.
pub struct MapPicture<'a> {
    pub title: &'a str,
    pub subtitle: &'a str,
    pub markers: &'a MarkerLayer,
    /// The kinds the legend lists (a région's map has no Bourse requests to show).
    pub kinds: &'a [MarkerKind],
}

/// A country's map: the country highlighted among its neighbours, its partner authorities'
/// markers. `centre` frames countries too small for the 1:50m geometries.
pub fn country(code: &str, centre: Option<[f64; 2]>, picture: &MapPicture) -> String {
    let shape = WORLD.iter().find(|f| f.prop("iso2") == code);
    let frame = Frame::around(shape.map(frame::main_polygons), centre, picture.markers);
    svg::render(&frame, WORLD.iter(), |f| f.prop("iso2") == code, picture)
}

/// A région's map: its départements highlighted among the others, its collectivités' markers.
pub fn region(code: &str, picture: &MapPicture) -> String {
    let own: Vec<&Feature> = DEPARTEMENTS
        .iter()
        .filter(|f| f.prop("region") == code)
        .collect();
    let polygons = own.iter().flat_map(|f| f.polygons.iter()).collect();
    let frame = Frame::around(Some(polygons), None, picture.markers);
    svg::render(
        &frame,
        DEPARTEMENTS.iter(),
        |f| f.prop("region") == code,
        picture,
    )
}
