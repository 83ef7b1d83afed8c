//! Applies the project criteria that Bourse requests can meet — theme, continent,
//! sub-continent, country, partner authority — to the published requests, on both backends.
//!
//! A request is a foreign authority still looking for a French partner: criteria on the French
//! side, financing, years, kinds or keywords cannot hold for it, so a filter with any of them
//! matches no request (see [`atlas_domain::ProjectFilter::has_project_only_criteria`]).

use diesel::prelude::*;

use crate::bourse::PUBLISHED;
use crate::schema::{bourse_request_themes, bourse_requests, countries};
use crate::search::filter::Resolved;

/// Published requests matching the place and theme criteria of a resolved filter.
pub trait FilterRequests {
    type Db: diesel::backend::Backend;
    /// `None` when the filter has a criterion no request can meet; otherwise a boxed query on
    /// `bourse_requests` to refine.
    fn filtered_requests<'a>(
        &self,
        r: &'a Resolved,
    ) -> Option<bourse_requests::BoxedQuery<'a, Self::Db>>;
}

macro_rules! impl_filter_requests {
    ($conn:ty, $db:ty) => {
        impl FilterRequests for $conn {
            type Db = $db;

            fn filtered_requests<'a>(
                &self,
                r: &'a Resolved,
            ) -> Option<bourse_requests::BoxedQuery<'a, $db>> {
                let f = &r.filter;
                if f.has_project_only_criteria() {
                    return None;
                }
                let mut q = bourse_requests::table
                    .into_boxed::<$db>()
                    .filter(bourse_requests::status.eq(PUBLISHED));
                if !r.theme_ids.is_empty() {
                    q = q.filter(
                        bourse_requests::id.eq_any(
                            bourse_request_themes::table
                                .select(bourse_request_themes::request_id)
                                .filter(bourse_request_themes::theme_id.eq_any(&r.theme_ids)),
                        ),
                    );
                }
                if !f.continents.is_empty() {
                    q = q.filter(
                        bourse_requests::country_code.eq_any(
                            countries::table
                                .select(countries::code)
                                .filter(countries::continent_code.eq_any(&f.continents)),
                        ),
                    );
                }
                if !f.subcontinents.is_empty() {
                    q = q.filter(
                        bourse_requests::country_code.eq_any(
                            countries::table
                                .select(countries::code)
                                .filter(countries::subcontinent_code.eq_any(&f.subcontinents)),
                        ),
                    );
                }
                if !f.countries.is_empty() {
                    q = q.filter(bourse_requests::country_code.eq_any(&f.countries));
                }
                if !f.partners.is_empty() {
                    q = q.filter(bourse_requests::partner_id.eq_any(&f.partners));
                }
                Some(q)
            }
        }
    };
}
impl_filter_requests!(diesel::SqliteConnection, diesel::sqlite::Sqlite);
impl_filter_requests!(diesel::PgConnection, diesel::pg::Pg);
