//! Components shared by several pages: loading and error states.

mod alert;
mod loading;

pub use alert::ApiErrorAlert;
pub use loading::Loading;
