//! Cached answers of the public read API. The browse resources (stats, continents, countries,
//! régions, départements, figures, map layers and images, collectivité, partner and project
//! pages) are pure functions of the public data, which changes a few times a year per
//! collectivité; their aggregates over the whole dataset cost tens of milliseconds to compute.
//! So an anonymous `GET` of one of them is answered from memory when the database's
//! `data_generation` ([`atlas_db::meta::DATA_GENERATION`]) is the one the answer was computed
//! under: one primary-key read per request keeps several processes on one PostgreSQL exact.
//!
//! Project searches (`/api/v1/search`: total, page, sixteen facets) are kept the same way, as a
//! search engine's request cache keeps aggregations until the next refresh: a question asked
//! again (a shared link, the home page's searches, paging back) costs a lookup. Their facet
//! index already follows the same generation. Bourse searches and suggestions are not kept.
//!
//! The cache is bounded in bytes (least recently and least frequently used answers leave first)
//! and sits inside the compression middleware, so it holds identity bodies. `atlas serve
//! --no-answer-cache` turns it off (every answer computed: what the benchmark compares with
//! Datasette).

use std::sync::Arc;

use actix_web::body::{self, BodySize, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes};
use actix_web::{Error, HttpResponse};
use quick_cache::Weighter;
use quick_cache::sync::Cache;

use crate::AppState;

/// Total size of the cached bodies.
const CAPACITY_BYTES: u64 = 32 * 1024 * 1024;
/// Answers larger than this, or of unknown length (streams), pass through without being kept.
const MAX_ANSWER_BYTES: u64 = 4 * 1024 * 1024;

/// The path prefixes under `/api/v1` whose `GET` answers are cached.
const CACHED: &[&str] = &[
    "/api/v1/stats",
    "/api/v1/figures",
    "/api/v1/continents",
    "/api/v1/subcontinents",
    "/api/v1/countries",
    "/api/v1/regions",
    "/api/v1/departements",
    "/api/v1/collectivites",
    "/api/v1/partners",
    "/api/v1/projects",
    "/api/v1/map/",
];

/// Paths whose `GET` answers are cached, without their sub-paths.
const CACHED_EXACT: &[&str] = &["/api/v1/search"];

/// One answer, with the data generation it was computed under.
pub struct Answer {
    generation: String,
    content_type: Option<HeaderValue>,
    body: Bytes,
}

#[derive(Clone)]
struct AnswerWeight;

impl Weighter<String, Arc<Answer>> for AnswerWeight {
    fn weight(&self, key: &String, answer: &Arc<Answer>) -> u64 {
        (key.len() + answer.body.len() + 128) as u64
    }
}

/// The answers of this process.
pub struct AnswerCache {
    answers: Cache<String, Arc<Answer>, AnswerWeight>,
    enabled: bool,
}

impl Default for AnswerCache {
    fn default() -> Self {
        AnswerCache {
            answers: Cache::with_weighter(4096, CAPACITY_BYTES, AnswerWeight),
            enabled: true,
        }
    }
}

impl AnswerCache {
    /// A cache that keeps nothing: every answer is computed.
    pub fn disabled() -> Self {
        AnswerCache {
            enabled: false,
            ..AnswerCache::default()
        }
    }
}

fn cacheable(req: &ServiceRequest) -> bool {
    let path = req.path();
    req.method() == Method::GET
        && !req.headers().contains_key(header::AUTHORIZATION)
        && (CACHED.iter().any(|prefix| path.starts_with(prefix)) || CACHED_EXACT.contains(&path))
}

/// The middleware (`middleware::from_fn(answer_cache::serve)`).
pub async fn serve(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if !cacheable(&req) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let Some(state) = req
        .app_data::<web::Data<AppState>>()
        .filter(|state| state.answers.enabled)
        .cloned()
    else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let generation = state.run(atlas_db::meta::data_generation).await?;
    let key = match req.query_string() {
        "" => req.path().to_owned(),
        query => format!("{}?{query}", req.path()),
    };
    let cache = &state.answers.answers;
    if let Some(answer) = cache.get(&key).filter(|a| a.generation == generation) {
        let mut response = HttpResponse::Ok();
        if let Some(content_type) = &answer.content_type {
            response.insert_header((header::CONTENT_TYPE, content_type.clone()));
        }
        return Ok(req.into_response(response.body(answer.body.clone())));
    }
    let response = next.call(req).await?;
    let keep = response.status() == StatusCode::OK
        && matches!(response.response().body().size(), BodySize::Sized(n) if n <= MAX_ANSWER_BYTES);
    if !keep {
        return Ok(response.map_into_boxed_body());
    }
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let (req, response) = response.into_parts();
    let (head, body) = response.into_parts();
    let bytes = body::to_bytes(body).await.map_err(Into::into)?;
    cache.insert(
        key,
        Arc::new(Answer {
            generation,
            content_type,
            body: bytes.clone(),
        }),
    );
    Ok(ServiceResponse::new(
        req,
        head.set_body(bytes).map_into_boxed_body(),
    ))
}
