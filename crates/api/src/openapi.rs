//! The OpenAPI document, built from the same route table the server runs, without a server.

use actix_web::App;
use atlas_domain::Problem;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::handlers::tags;
use crate::limits::{Limiters, RateLimit};
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
        (name = tags::ACCOUNTS, description = "Account requests, log in, tokens, forgotten password (public writes are rate-limited per address)"),
        (name = tags::ME, description = "The signed-in user: profile, password, saved searches and maps, saved PDF extractions"),
        (name = tags::ADMIN, description = "DAECT administrators: account validation, users, audit log, e-mail outbox"),
        (name = tags::EXTRANET, description = "Scoped extranet views: collectivités, préfectures, embassies' Bourse moderation"),
    ),
    // The error responses (`handlers::responses`) refer to `Problem` without registering it.
    components(schemas(Problem)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// The `bearer` security scheme: the access token of `/auth/login`.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut http = Http::new(HttpAuthScheme::Bearer);
        http.bearer_format = Some("JWT".to_owned());
        http.description = Some(
            "The `access_token` of `POST /api/v1/auth/login` or `/auth/refresh` (15 minutes)."
                .to_owned(),
        );
        components.add_security_scheme("bearer", SecurityScheme::Http(http));
    }
}

/// The OpenAPI document of `/api/v1`.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, api) = App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .service(
            utoipa_actix_web::scope("/api/v1")
                .configure(routes::config(Limiters::new(RateLimit::default()))),
        )
        .split_for_parts();
    api
}

/// The document as committed in `openapi/openapi.json`: pretty JSON, trailing newline.
pub fn document_json() -> String {
    let mut json = document().to_pretty_json().unwrap_or_default();
    json.push('\n');
    json
}
