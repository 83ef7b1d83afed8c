//! Forms as URL query strings: the app keeps the search in its address, saved searches store
//! it, links carry it.

use serde::Serialize;

/// Any flat form of optional strings as a URL query string, empty fields left out, values
/// percent-encoded.
pub fn query_string<T: Serialize>(form: &T) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(form) else {
        return String::new();
    };
    map.iter()
        .filter_map(|(k, v)| v.as_str().filter(|s| !s.is_empty()).map(|s| (k, s)))
        .map(|(k, v)| format!("{k}={}", percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encodes everything but unreserved characters and the `,` and `:` of lists.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
