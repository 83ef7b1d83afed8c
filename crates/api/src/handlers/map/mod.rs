//! Map layers: markers of every level, and the static map images of a country or région.

pub mod images;
pub mod markers;
