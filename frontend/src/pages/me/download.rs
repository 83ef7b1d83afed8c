//! Saving bytes fetched with the bearer token as a file (a plain link cannot carry the token):
//! a Blob, an object URL, a click on a temporary link.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `bytes` to the user as the file `filename`.
pub fn save_as(bytes: &[u8], filename: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// A file name from a saved item's name: letters, digits and dashes.
pub fn file_name(name: &str, extension: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "extraction" } else { stem };
    format!("{stem}.{extension}")
}

/// A size in French units: « 850 octets », « 12 Ko », « 1,4 Mo ».
pub fn size(bytes: i64) -> String {
    if bytes < 1024 {
        format!("{bytes} octets")
    } else if bytes < 1024 * 1024 {
        format!("{} Ko", (bytes + 512) / 1024)
    } else {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        format!("{},{} Mo", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_letters_and_digits() {
        assert_eq!(
            file_name("Eau – Sénégal 2024", "pdf"),
            "Eau-Sénégal-2024.pdf"
        );
        assert_eq!(file_name("«»", "pdf"), "extraction.pdf");
    }

    #[test]
    fn sizes_read_in_french_units() {
        assert_eq!(size(850), "850 octets");
        assert_eq!(size(12 * 1024), "12 Ko");
        assert_eq!(size(1_468_006), "1,4 Mo");
    }
}
