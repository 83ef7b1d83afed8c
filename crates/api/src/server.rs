//! Assembles the whole HTTP surface and runs it: the API (with its rate limiters), Swagger UI,
//! geometries and the static app, behind security headers on every response and a CORS
//! policy that opens the public reads to every origin and nothing else.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::http::{Method, header};
use actix_web::{App, HttpResponse, HttpServer, middleware, web};
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::fallback::{RouteTable, api_fallback};
use crate::handlers::health;
use crate::limits::{Limiters, RateLimit};
use crate::{AppState, answer_cache, error, openapi, routes, static_files};

/// What the browser may load: the app's own scripts, styles, fonts and images (Leaflet and
/// DSFR set inline styles; the wasm module needs `wasm-unsafe-eval`), nothing from elsewhere,
/// and never inside a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; \
connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

fn security_headers() -> middleware::DefaultHeaders {
    middleware::DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
}

/// Cross-origin calls: GET (and its preflight) from any origin, without credentials and
/// without an `Authorization` header, so another site can read the open data but never act
/// for a signed-in user.
fn cors() -> Cors {
    Cors::default()
        .allow_any_origin()
        .send_wildcard()
        .allowed_methods([Method::GET, Method::HEAD])
        .allowed_headers([header::ACCEPT, header::CONTENT_TYPE])
        .max_age(3600)
}

/// How to serve.
#[derive(Debug, Clone, Default)]
pub struct ServerConfig {
    /// Directory of the built browser app (`frontend/dist`); `None` serves the API only.
    pub static_dir: Option<PathBuf>,
    /// Worker threads (default: one per core).
    pub workers: Option<usize>,
    /// Limit of the public writes (log in, password reset, account requests), per client IP.
    pub rate_limit: RateLimit,
}

/// Starts serving on `listener`; the returned future runs until the server stops.
pub fn serve(
    listener: TcpListener,
    state: AppState,
    config: ServerConfig,
) -> std::io::Result<Server> {
    let spec = openapi::document();
    let route_table = web::Data::new(RouteTable::from_document(&spec));
    // Built once, outside the worker factory: every worker counts in the same buckets.
    let limiters = Limiters::new(config.rate_limit);
    let mut server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .service(
                utoipa_actix_web::scope("/api/v1")
                    .configure(routes::config(limiters.clone()))
                    .default_service(web::to(api_fallback)),
            )
            .split_for_parts();
        let app = app
            .app_data(web::Data::new(state.clone()))
            .app_data(route_table.clone())
            .app_data(web::QueryConfig::default().error_handler(error::query_error))
            .app_data(web::PathConfig::default().error_handler(error::path_error))
            .app_data(
                web::JsonConfig::default()
                    .limit(256 * 1024)
                    .error_handler(error::json_error),
            )
            .wrap(middleware::from_fn(answer_cache::serve))
            .wrap(middleware::from_fn(static_files::keep_build_files))
            .wrap(middleware::Compress::default())
            .wrap(cors())
            .wrap(security_headers())
            .wrap(TracingLogger::default())
            .service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", spec.clone()))
            .route(
                "/api/docs",
                web::get().to(|| async {
                    HttpResponse::PermanentRedirect()
                        .insert_header(("Location", "/api/docs/"))
                        .finish()
                }),
            )
            .service(web::scope("/api").default_service(web::to(api_fallback)))
            .service(health::get_health)
            .service(static_files::get_geometry);
        match &config.static_dir {
            Some(dir) if dir.is_dir() => app.service(static_files::app_files(dir)),
            _ => app.default_service(web::to(|| async {
                HttpResponse::NotFound()
                    .body("Application non construite : lancez `just frontend`.")
            })),
        }
    })
    .on_connect(no_delay)
    .listen(listener)?;
    if let Some(workers) = config.workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// Sends each response as soon as it is written: without `TCP_NODELAY`, Nagle's algorithm
/// holds the last small segment of a keep-alive response until the client's delayed ACK,
/// up to 40 ms later.
fn no_delay(connection: &dyn std::any::Any, _: &mut actix_web::dev::Extensions) {
    if let Some(tcp) = connection.downcast_ref::<actix_web::rt::net::TcpStream>()
        && let Err(e) = tcp.set_nodelay(true)
    {
        tracing::debug!(error = %e, "TCP_NODELAY not set");
    }
}
