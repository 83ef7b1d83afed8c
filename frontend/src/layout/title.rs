//! The document title: each page names itself first, then the service (RGAA 8.6).

use super::SERVICE_NAME;

/// Sets `<title>` to « `page` – Atlas de l'action extérieure des collectivités ».
pub fn set_page_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(&format!("{page} – {SERVICE_NAME}"));
    }
}
