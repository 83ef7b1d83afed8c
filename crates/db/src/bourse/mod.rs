//! The Bourse projets: cooperation requests of foreign authorities. Searching the published
//! ones (with the project search's engine), the project criteria they can meet on maps and
//! figures, and the embassies' moderation.

pub mod criteria;
pub mod filter;
pub mod moderation;
pub mod search;

/// The Bourse status that makes a request public.
pub(crate) const PUBLISHED: &str = "published";
