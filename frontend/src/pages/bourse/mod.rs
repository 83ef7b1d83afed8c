//! The Bourse projets: the open cooperation requests, shown on their country's page.

mod requests;

pub use requests::{RequestList, scroll_to_fragment};
