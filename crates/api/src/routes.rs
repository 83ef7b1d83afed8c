//! Every route of `/api/v1`, in one screen.

use utoipa_actix_web::service_config::ServiceConfig;

use crate::handlers::{bourse_search, continents, map, search, stats, suggest};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(stats::get_stats)
        .service(continents::list_continents)
        .service(map::get_markers)
        .service(search::search_projects)
        .service(bourse_search::search_bourse)
        .service(suggest::get_suggestions);
}
