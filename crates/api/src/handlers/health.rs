//! `GET /healthz`: liveness and database reachability, for load balancers and scripts.

use actix_web::{HttpResponse, get, web};

use crate::AppState;

#[get("/healthz")]
pub async fn get_health(state: web::Data<AppState>) -> HttpResponse {
    let database = state
        .run(|conn| atlas_db::meta::get(conn, atlas_db::meta::REFERENCE_LOADED))
        .await;
    match database {
        Ok(Some(_)) => HttpResponse::Ok().json(serde_json::json!({ "status": "ok" })),
        Ok(None) => {
            HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "starting" }))
        }
        Err(_) => HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({ "status": "database unreachable" })),
    }
}
