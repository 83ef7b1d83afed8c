//! Figures: the headline figures of the home page, the statistics of any project filter, and
//! the public APD (development aid) figures per collectivité, country and year.

pub mod apd;
pub mod headline;
pub mod stats;
