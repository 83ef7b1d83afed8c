//! Figures: the Atlas's headline figures and per-continent table (`GET /api/v1/stats`), and
//! the figures of any level (counts, the breakdowns the charts draw, public APD by year).

mod levels;
mod stats;

pub use levels::*;
pub use stats::*;
