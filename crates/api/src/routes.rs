//! Every route of `/api/v1`, in one screen. The public writes of accounts sit in two scopes
//! (`/auth`, `/account-requests`) that carry their rate limiters.

use actix_governor::Governor;
use actix_web::web;
use utoipa_actix_web::scope;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::fallback::api_fallback;
use crate::handlers::auth::{account_requests, login as auth};
use crate::handlers::bourse::{moderation as embassy, search as bourse_search};
use crate::handlers::figures::{headline as figures, stats};
use crate::handlers::map::{images as map_images, markers as map};
use crate::handlers::me::{profile as me, saved_exports, saved_searches};
use crate::handlers::places::{continents, countries, departements, regions, subcontinents};
use crate::handlers::reference::entities;
use crate::handlers::search::{self, suggest};
use crate::handlers::{admin, collectivites, exports, extranet, journal, partners, projects};
use crate::limits::Limiters;

/// The route table, with the rate limiters of the public writes.
pub fn config(limiters: Limiters) -> impl FnOnce(&mut ServiceConfig) {
    move |cfg| {
        public(cfg);
        cfg.service(
            scope::scope("/auth")
                .wrap(Governor::new(&limiters.auth))
                .service(auth::login)
                .service(auth::refresh_tokens)
                .service(auth::logout)
                .service(auth::request_password_reset)
                .service(auth::reset_password)
                .default_service(web::to(api_fallback)),
        )
        .service(
            scope::scope("/account-requests")
                .wrap(Governor::new(&limiters.account_requests))
                .service(account_requests::create_account_request)
                .service(account_requests::confirm_account_request)
                .default_service(web::to(api_fallback)),
        );
        signed_in(cfg);
    }
}

/// The open data API: reads anyone may make.
fn public(cfg: &mut ServiceConfig) {
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
        .service(suggest::get_suggestions)
        .service(exports::export_projects_csv)
        .service(exports::export_projects_xlsx)
        .service(exports::export_projects_geojson)
        .service(exports::export_projects_json)
        .service(exports::export_projects_pdf)
        .service(entities::list_entities);
}

/// Everything behind a login; each handler's guard says who may call it.
fn signed_in(cfg: &mut ServiceConfig) {
    cfg.service(me::get_me)
        .service(me::change_password)
        .service(saved_searches::list_saved_searches)
        .service(saved_searches::create_saved_search)
        .service(saved_searches::get_saved_search)
        .service(saved_searches::update_saved_search)
        .service(saved_searches::delete_saved_search)
        .service(saved_exports::list_saved_exports)
        .service(saved_exports::create_saved_export)
        .service(saved_exports::get_saved_export_file)
        .service(saved_exports::delete_saved_export)
        .service(admin::account_requests::list_account_requests)
        .service(admin::account_requests::approve_account_request)
        .service(admin::account_requests::refuse_account_request)
        .service(admin::users::list_users)
        .service(admin::users::disable_user)
        .service(admin::users::enable_user)
        .service(admin::users::add_user_collectivite)
        .service(journal::list_audit_log)
        .service(journal::list_outbox)
        .service(extranet::get_extranet_collectivite)
        .service(extranet::list_prefecture_collectivites)
        .service(embassy::list_embassy_requests)
        .service(embassy::publish_bourse_request)
        .service(embassy::reject_bourse_request);
}
