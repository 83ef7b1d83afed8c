//! Start-up of the Atlas browser app: install the panic hook and mount the app on `<body>`.
//!
//! The page shell (`index.html`) loads Leaflet, topojson-client, leaflet.markercluster and the
//! DSFR script before this module, so the `L` and `topojson` globals exist when the app runs.

mod api;
mod app;
mod components;
mod format;
mod layout;
mod pages;
mod routes;
mod session;
mod stats;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
