//! Non-API content: the reference geometries (TopoJSON) and the browser app, whose
//! client-side routes all fall back to `index.html`. The app's build files live under
//! `pkg/<build hash>/` (`frontend/build.sh`): a new build is a new address, so browsers may keep
//! them for a year without asking again; the page, loader and stylesheet are revalidated.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header::{self, CacheControl, CacheDirective, EntityTag, HeaderValue};
use actix_web::middleware::Next;
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

/// The browser app from `dir`; unknown paths get `index.html` so client routes work on reload,
/// except under the build directory, where they are 404.
pub fn app_files(dir: &Path) -> actix_files::Files {
    let index: PathBuf = dir.join("index.html");
    actix_files::Files::new("/", dir)
        .index_file("index.html")
        .use_etag(true)
        .default_handler(fn_service(move |req: ServiceRequest| {
            let index = index.clone();
            async move {
                let (req, _) = req.into_parts();
                // A build file that is not there (an older build's) is missing, not a page.
                if req.path().starts_with(BUILD_PREFIX) {
                    let response = HttpResponse::NotFound().body("Fichier de build inconnu.");
                    return Ok(ServiceResponse::new(req, response));
                }
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

/// Where the app's content-addressed build files are served (`pkg/<build hash>/…`).
const BUILD_PREFIX: &str = "/pkg/";

/// Middleware: the app's build files, found, may be kept a year (`immutable`: a new build is
/// served under a new hash, so a kept file is never stale).
pub async fn keep_build_files(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let build_file = req.path().starts_with(BUILD_PREFIX);
    let mut response = next.call(req).await?;
    if build_file && response.status().is_success() {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    }
    Ok(response)
}
