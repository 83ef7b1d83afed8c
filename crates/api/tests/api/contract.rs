//! Contract checking: every response the integration tests receive is validated against the
//! committed `openapi/openapi.json` — the status must be documented for the operation, the
//! content type must be one it declares, and a JSON body must match its schema. Code and
//! contract cannot drift apart without a test failing.

use std::collections::BTreeMap;
use std::sync::{LazyLock, Mutex};

use serde_json::{Value, json};

/// The committed document (what third parties read), not the one built from code: the drift
/// test keeps the two equal.
static SPEC: LazyLock<Value> = LazyLock::new(|| {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../openapi/openapi.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
});

/// Compiled validators by (path template, method, status, media type).
static VALIDATORS: LazyLock<Mutex<BTreeMap<String, jsonschema::Validator>>> =
    LazyLock::new(Mutex::default);

/// Operations exercised by the tests, for the coverage report of the proof issue.
pub static EXERCISED: LazyLock<Mutex<BTreeMap<String, u32>>> = LazyLock::new(Mutex::default);

/// The path template of the spec matching `path` (fewest `{…}` segments wins).
fn template_for(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split('/').collect();
    SPEC["paths"]
        .as_object()?
        .keys()
        .filter_map(|template| {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut variables = 0;
            for (t, s) in parts.iter().zip(&segments) {
                if t.starts_with('{') && t.ends_with('}') {
                    if s.is_empty() {
                        return None;
                    }
                    variables += 1;
                } else if t != s {
                    return None;
                }
            }
            Some((variables, template.clone()))
        })
        .min()
        .map(|(_, t)| t)
}

fn media_type(content_type: Option<&str>) -> String {
    content_type
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Checks one response; panics with the reason when it breaks the contract.
pub fn check(method: &str, url: &str, status: u16, content_type: Option<&str>, body: &[u8]) {
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest.find('/').map_or("/", |i| &rest[i..]));
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let method_key = method.to_ascii_lowercase();
    let Some(template) = template_for(path) else {
        // Not an operation of the API: unknown /api paths must still answer problem+json.
        if path.starts_with("/api/v1") {
            assert!(
                matches!(status, 404 | 405)
                    && media_type(content_type) == "application/problem+json",
                "{method} {path}: not in the OpenAPI document, yet answered {status} {content_type:?}"
            );
        }
        return;
    };
    let operation = &SPEC["paths"][&template][&method_key];
    if operation.is_null() {
        assert!(
            matches!(status, 404 | 405),
            "{method} {template}: no such operation in the OpenAPI document, yet answered {status}"
        );
        return;
    }
    *EXERCISED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(format!("{method_key} {template}"))
        .or_default() += 1;
    let responses = &operation["responses"];
    let response = match &responses[status.to_string()] {
        Value::Null => &responses["default"],
        r => r,
    };
    assert!(
        !response.is_null(),
        "{method} {template}: status {status} is not documented"
    );
    let media = media_type(content_type);
    let Some(content) = response["content"].as_object() else {
        assert!(
            body.is_empty(),
            "{method} {template} {status}: the document declares no body, got {} bytes",
            body.len()
        );
        return;
    };
    let declared = &content.get(&media).unwrap_or_else(|| {
        panic!(
            "{method} {template} {status}: content type {media:?} not among {:?}",
            content.keys().collect::<Vec<_>>()
        )
    })["schema"];
    if declared.is_null() || !(media.ends_with("json")) {
        return;
    }
    let instance: Value = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{method} {template} {status}: body is not JSON ({e})"));
    let key = format!("{template} {method_key} {status} {media}");
    let mut cache = VALIDATORS.lock().unwrap_or_else(|e| e.into_inner());
    let validator = cache.entry(key).or_insert_with(|| {
        // The response schema as the root, with the document's components beside it so that
        // `#/components/schemas/…` references resolve.
        let mut root = json!({ "components": SPEC["components"].clone() });
        if let (Some(root), Some(schema)) = (root.as_object_mut(), declared.as_object()) {
            root.extend(schema.clone());
        }
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&root)
            .unwrap_or_else(|e| panic!("{method} {template} {status}: invalid schema: {e}"))
    });
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {template} {status}: body breaks the contract:\n{}",
        errors.join("\n")
    );
}

#[test]
fn templates_match_the_most_specific_path() {
    assert_eq!(
        template_for("/api/v1/stats").as_deref(),
        Some("/api/v1/stats")
    );
    assert_eq!(template_for("/api/v1/nope"), None);
}

#[test]
fn a_body_that_breaks_its_schema_is_caught() {
    let bad =
        serde_json::to_vec(&json!({ "items": "not a list", "total": 1, "page": 1, "per_page": 1 }))
            .unwrap_or_default();
    let caught = std::panic::catch_unwind(|| {
        check(
            "GET",
            "/api/v1/continents",
            200,
            Some("application/json"),
            &bad,
        )
    });
    assert!(caught.is_err(), "an invalid body must fail the contract");
    let undocumented = std::panic::catch_unwind(|| {
        check("GET", "/api/v1/stats", 418, Some("application/json"), b"{}")
    });
    assert!(
        undocumented.is_err(),
        "an undocumented status must fail the contract"
    );
}
