//! Exports of a project search: the formats and columns a user chooses, and the rows and
//! records the exports are written from.

mod options;
mod rows;

pub use options::*;
pub use rows::*;
