//! Figures: the headline figures of the home page and the statistics of the Atlas.

pub mod headline;
pub mod stats;
