//! Every route of `/api/v1`, in one screen.

use utoipa_actix_web::service_config::ServiceConfig;

use crate::handlers::{continents, map, search, stats};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(stats::get_stats)
        .service(continents::list_continents)
        .service(map::get_country_markers)
        .service(search::search_projects);
}
