//! Assembles the whole HTTP surface and runs it.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_web::dev::Server;
use actix_web::{App, HttpResponse, HttpServer, middleware, web};
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::fallback::{RouteTable, api_fallback};
use crate::handlers::health;
use crate::{AppState, answer_cache, error, openapi, routes, static_files};

/// How to serve.
#[derive(Debug, Clone, Default)]
pub struct ServerConfig {
    /// Directory of the built browser app (`frontend/dist`); `None` serves the API only.
    pub static_dir: Option<PathBuf>,
    /// Worker threads (default: one per core).
    pub workers: Option<usize>,
}

/// Starts serving on `listener`; the returned future runs until the server stops.
pub fn serve(
    listener: TcpListener,
    state: AppState,
    config: ServerConfig,
) -> std::io::Result<Server> {
    let spec = openapi::document();
    let route_table = web::Data::new(RouteTable::from_document(&spec));
    let mut server = HttpServer::new(move || {
        let (app, _) = App::new()
            .into_utoipa_app()
            .service(
                utoipa_actix_web::scope("/api/v1")
                    .configure(routes::config)
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
            .wrap(middleware::Compress::default())
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
