//! The frame around every page, in the State design system's (DSFR) markup: skip links,
//! header, demo banner, footer, and the page title helper.

mod demo_banner;
mod footer;
mod header;
mod menu;
mod search_box;
mod skip_links;
mod title;

pub use demo_banner::DemoBanner;
pub use footer::Footer;
pub use header::Header;
pub use skip_links::SkipLinks;
pub use title::set_page_title;

/// The service's name, as the header and every page title show it.
pub const SERVICE_NAME: &str = "Atlas de l'action extérieure des collectivités";
