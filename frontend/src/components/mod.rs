//! Components shared by several pages: the map, loading and error states.

mod alert;
mod loading;
pub mod map;

pub use alert::ApiErrorAlert;
pub use loading::Loading;
