//! `GET /api/v1/countries/{code}/map.svg` and `/regions/{code}/map.svg`: the downloadable maps
//! of a country or a région ("télécharger une carte"), drawn on the server as SVG.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, get, web};
use atlas_db::map;
use atlas_db::places::{france, world};
use atlas_domain::{MapLevel, MapRequest, MarkerKind, ProjectQuery};

use crate::handlers::responses::{Internal, NotFound};
use crate::handlers::search::criteria;
use crate::handlers::tags;
use crate::map_image::{self, MapPicture};
use crate::{ApiError, AppState};

/// The media type of the map images.
pub const SVG: &str = "image/svg+xml";

/// A country's map as SVG: the country among its neighbours, one disk per partner authority
/// and kind (blue decentralised cooperation, yellow other external actions, red Bourse
/// requests) sized by its count, a legend with the totals, and the sources.
#[utoipa::path(
    tag = tags::MAPS,
    params(("code" = String, Path, description = "ISO 3166-1 alpha-2 code, e.g. `SN`")),
    responses(
        (status = 200, description = "The map image", body = String, content_type = "image/svg+xml"),
        NotFound, Internal,
    )
)]
#[get("/countries/{code}/map.svg")]
pub async fn get_country_map(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner().to_ascii_uppercase();
    let lookup = code.clone();
    let country = state.run(move |conn| world::country(conn, &lookup)).await?;
    let query = ProjectQuery {
        country: Some(country.code.clone()),
        ..ProjectQuery::default()
    };
    let markers = markers(&state, query, MapLevel::Partner).await?;
    let subtitle = format!(
        "Autorités locales partenaires de collectivités françaises – {} partenaires, {} projets",
        country.figures.partners, country.figures.projects,
    );
    let svg = map_image::country(
        &country.code,
        country.centre,
        &MapPicture {
            title: &country.name_fr,
            subtitle: &subtitle,
            markers: &markers,
            kinds: MarkerKind::ALL,
        },
    );
    Ok(image(
        svg,
        &format!("atlas-{}.svg", code.to_ascii_lowercase()),
    ))
}

/// A région's map as SVG: its départements among the others, one disk per collectivité and
/// kind sized by its number of projects, a legend with the totals, and the sources.
#[utoipa::path(
    tag = tags::MAPS,
    params(("code" = String, Path, description = "Code of the région in the COG, e.g. `84`")),
    responses(
        (status = 200, description = "The map image", body = String, content_type = "image/svg+xml"),
        NotFound, Internal,
    )
)]
#[get("/regions/{code}/map.svg")]
pub async fn get_region_map(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let code = code.into_inner();
    let region = state.run(move |conn| france::region(conn, &code)).await?;
    let query = ProjectQuery {
        region: Some(region.code.clone()),
        ..ProjectQuery::default()
    };
    let markers = markers(&state, query, MapLevel::Collectivite).await?;
    let subtitle = format!(
        "Action extérieure des collectivités de la région – {} collectivités, {} projets",
        region.figures.collectivites, region.figures.projects,
    );
    let svg = map_image::region(
        &region.code,
        &MapPicture {
            title: &region.name,
            subtitle: &subtitle,
            markers: &markers,
            kinds: &[
                MarkerKind::CooperationDecentralisee,
                MarkerKind::AutreActionExterieure,
            ],
        },
    );
    Ok(image(svg, &format!("atlas-region-{}.svg", region.code)))
}

async fn markers(
    state: &AppState,
    query: ProjectQuery,
    level: MapLevel,
) -> Result<atlas_domain::MarkerLayer, ApiError> {
    let resolved = criteria::resolve(state, query, Vec::new()).await?;
    let request = MapRequest {
        level,
        layers: MarkerKind::ALL.to_vec(),
    };
    state
        .run(move |conn| map::markers(conn, &resolved, &request))
        .await
}

fn image(svg: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(SVG)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Inline,
            parameters: vec![DispositionParam::Filename(filename.to_owned())],
        })
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(svg)
}
