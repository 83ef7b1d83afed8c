//! Non-API content: the reference geometries (TopoJSON) and the browser app, whose
//! client-side routes all fall back to `index.html`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header::{self, CacheControl, CacheDirective, EntityTag};
use actix_web::{HttpRequest, HttpResponse, Responder, route, web};

use crate::ApiError;

/// FNV-1a: a stable content hash for ETags.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn geometry(name: &str) -> Option<(&'static str, &'static str)> {
    static TAGS: OnceLock<[String; 2]> = OnceLock::new();
    let tags = TAGS.get_or_init(|| {
        [
            format!("{:x}", fnv(atlas_geodata::WORLD_TOPOJSON.as_bytes())),
            format!("{:x}", fnv(atlas_geodata::FRANCE_TOPOJSON.as_bytes())),
        ]
    });
    match name {
        "world.topo.json" => Some((atlas_geodata::WORLD_TOPOJSON, tags[0].as_str())),
        "france.topo.json" => Some((atlas_geodata::FRANCE_TOPOJSON, tags[1].as_str())),
        _ => None,
    }
}

/// `GET|HEAD /data/{file}`: world and France geometries (TopoJSON) the maps are drawn from.
#[route("/data/{file}", method = "GET", method = "HEAD")]
pub async fn get_geometry(
    req: HttpRequest,
    file: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (body, tag) = geometry(&file).ok_or_else(|| ApiError::not_found("Géométrie inconnue."))?;
    let etag = EntityTag::new_strong(tag.to_owned());
    let fresh = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains(tag));
    let mut response = if fresh {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header(header::ETag(etag))
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(86_400),
        ]));
    Ok(if fresh {
        response.finish()
    } else {
        response.content_type("application/json").body(body)
    })
}

/// The browser app from `dir`; unknown paths get `index.html` so client routes work on reload.
pub fn app_files(dir: &Path) -> actix_files::Files {
    let index: PathBuf = dir.join("index.html");
    actix_files::Files::new("/", dir)
        .index_file("index.html")
        .use_etag(true)
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                let response = match actix_files::NamedFile::open_async(&index).await {
                    Ok(file) => file
                        .customize()
                        .insert_header(CacheControl(vec![CacheDirective::NoCache]))
                        .respond_to(&req)
                        .map_into_boxed_body(),
                    Err(_) => HttpResponse::NotFound()
                        .body("Application non construite : lancez `just frontend`."),
                };
                Ok(ServiceResponse::new(req, response))
            }
        }))
}
