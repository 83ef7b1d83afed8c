//! Every route of `/api/v1`, in one screen.

use utoipa_actix_web::service_config::ServiceConfig;

use crate::handlers::{
    bourse_search, collectivites, continents, countries, departements, figures, map, map_images,
    partners, projects, regions, search, stats, subcontinents, suggest,
};

pub fn config(cfg: &mut ServiceConfig) {
    cfg.service(stats::get_stats)
        .service(figures::get_figures)
        .service(continents::list_continents)
        .service(continents::get_continent)
        .service(subcontinents::get_subcontinent)
        .service(countries::list_countries)
        .service(countries::get_country)
        .service(map_images::get_country_map)
        .service(regions::list_regions)
        .service(regions::get_region)
        .service(map_images::get_region_map)
        .service(departements::list_departements)
        .service(departements::get_departement)
        .service(collectivites::list_collectivites)
        .service(collectivites::get_collectivite)
        .service(partners::list_partners)
        .service(partners::get_partner)
        .service(projects::list_projects)
        .service(projects::get_project)
        .service(map::get_markers)
        .service(search::search_projects)
        .service(bourse_search::search_bourse)
        .service(suggest::get_suggestions);
}
