//! The headline statistics, fetched once per visit and shared through the context.

use atlas_domain::Stats;
use leptos::prelude::*;

use crate::api::{self, ApiError};

/// `GET /api/v1/stats`, shared by every component that shows figures or the demo banner.
#[derive(Clone, Copy)]
pub struct StatsResource(pub LocalResource<Result<Stats, ApiError>>);

/// Starts loading the statistics and makes them available to the components below.
pub fn provide_stats() -> StatsResource {
    let stats = StatsResource(LocalResource::new(api::fetch_stats));
    provide_context(stats);
    stats
}

/// The shared statistics; a component rendered outside [`crate::app::App`] (a test, a later
/// embed) gets its own copy instead of a panic.
pub fn use_stats() -> StatsResource {
    use_context::<StatsResource>().unwrap_or_else(provide_stats)
}
