//! The OpenAPI document, built from the same route table the server runs, without a server.

use actix_web::App;
use utoipa::OpenApi;
use utoipa_actix_web::AppExt;

use crate::handlers::tags;
use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Atlas de l'action extérieure des collectivités — API ouverte",
        description = "The open API of the Atlas: what French local authorities (régions, départements, \
communes, intercommunalités) do abroad with foreign local authorities. JSON over HTTP; lists \
return `{items, total, page, per_page}`; errors are `application/problem+json` (RFC 9457) with \
field errors; dates ISO 8601; money in integer euro cents; countries as ISO 3166-1 alpha-2 codes; \
map layers as GeoJSON (RFC 7946). Conventions: docs/API.md.",
        license(name = "Licence Ouverte 2.0 (data) — MIT OR Apache-2.0 (code)"),
    ),
    servers((url = "/", description = "This server")),
    tags(
        (name = tags::FIGURES, description = "Headline figures"),
        (name = tags::WORLD, description = "World access: continents, sub-continents, countries"),
        (name = tags::FRANCE, description = "France access: régions, départements"),
        (name = tags::ACTORS, description = "French collectivités and foreign partner authorities"),
        (name = tags::PROJECTS, description = "Projects (fiches-projets)"),
        (name = tags::MAPS, description = "Map layers as GeoJSON"),
        (name = tags::SEARCH, description = "Search: keywords, crossed criteria, facets, type-ahead suggestions; projects and Bourse requests"),
        (name = tags::EXPORTS, description = "Exports of a project search, with the same query string: CSV, XLSX, GeoJSON, JSON, PDF"),
    )
)]
struct ApiDoc;

/// The OpenAPI document of `/api/v1`.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(utoipa_actix_web::scope("/api/v1").configure(routes::config))
        .split_for_parts();
    api
}

/// The document as committed in `openapi/openapi.json`: pretty JSON, trailing newline.
pub fn document_json() -> String {
    let mut json = document().to_pretty_json().unwrap_or_default();
    json.push('\n');
    json
}
