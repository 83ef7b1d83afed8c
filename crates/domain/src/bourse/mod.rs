//! The Bourse projets: cooperation requests of foreign authorities looking for a French
//! partner, as the public sees them, as the search finds them and as embassies moderate them.

mod moderation;
mod requests;
mod search;

pub use moderation::*;
pub use requests::*;
pub use search::*;
