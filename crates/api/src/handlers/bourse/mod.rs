//! The Bourse projets: searching the published requests, and the embassies' moderation queue.

pub mod moderation;
pub mod search;
