//! The HTML of a marker's popup: place name, kind, count and a link to the place's page.
//! Every text from the API is escaped; only app paths are linked.

use atlas_domain::{MarkerKind, MarkerProperties};

use crate::format;

/// The popup content of a marker (a string: Leaflet parses it when the popup first opens).
pub fn popup_html(properties: &MarkerProperties) -> String {
    let (singular, plural) = nouns(properties.kind);
    let mut html = format!(
        "<p class=\"atlas-popup__title\">{label}</p>\
         <p class=\"atlas-popup__kind\"><span class=\"atlas-swatch atlas-swatch--{kind}\" \
         aria-hidden=\"true\"></span>{kind_label}</p>\
         <p class=\"atlas-popup__count\">{count}</p>",
        label = escape(&properties.label),
        kind = properties.kind.as_str(),
        kind_label = escape(properties.kind.label()),
        count = escape(&format::count_with_noun(properties.count, singular, plural)),
    );
    if is_app_path(&properties.href) {
        // A request is shown in its country's list of requests; anything else has its page.
        let text = if properties.href.contains('#') {
            "Voir la demande"
        } else {
            "Voir la fiche"
        };
        html.push_str(&format!(
            "<a class=\"fr-link fr-link--sm atlas-popup__link\" href=\"{href}\">\
             {text}<span class=\"fr-sr-only\"> – {label}</span></a>",
            href = escape(&properties.href),
            label = escape(&properties.label),
        ));
    }
    html
}

/// What a marker says to screen readers: « Sénégal – Coopération décentralisée : 120 projets ».
pub fn accessible_name(properties: &MarkerProperties) -> String {
    let (singular, plural) = nouns(properties.kind);
    format!(
        "{} – {} : {}",
        properties.label,
        properties.kind.label(),
        format::count_with_noun(properties.count, singular, plural)
    )
}

fn nouns(kind: MarkerKind) -> (&'static str, &'static str) {
    match kind {
        MarkerKind::DemandeCooperation => ("demande ouverte", "demandes ouvertes"),
        MarkerKind::CooperationDecentralisee | MarkerKind::AutreActionExterieure => {
            ("projet", "projets")
        }
    }
}

/// True for a path of this app (`/pays/SN`): never another site, never `javascript:`.
fn is_app_path(href: &str) -> bool {
    href.starts_with('/') && !href.starts_with("//")
}

/// Escapes the five characters that matter in HTML text and attribute values.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn properties(kind: MarkerKind, count: i64, label: &str, href: &str) -> MarkerProperties {
        MarkerProperties {
            kind,
            count,
            label: label.to_owned(),
            country_code: "SN".to_owned(),
            href: href.to_owned(),
        }
    }

    #[test]
    fn popup_names_place_kind_count_and_links_to_the_place() {
        let html = popup_html(&properties(
            MarkerKind::CooperationDecentralisee,
            1234,
            "Sénégal",
            "/pays/SN",
        ));
        assert!(html.contains("Sénégal"));
        assert!(html.contains("Coopération décentralisée"));
        assert!(html.contains("1\u{202F}234 projets"));
        assert!(html.contains("href=\"/pays/SN\""));
    }

    #[test]
    fn markers_have_a_spoken_name_and_requests_link_to_their_listing() {
        let p = properties(
            MarkerKind::DemandeCooperation,
            2,
            "Thiès",
            "/pays/SN#demande-4",
        );
        assert_eq!(
            accessible_name(&p),
            "Thiès – Demande de coopération (Bourse projets) : 2 demandes ouvertes"
        );
        assert!(popup_html(&p).contains("Voir la demande"));
    }

    #[test]
    fn requests_are_counted_as_requests() {
        let html = popup_html(&properties(
            MarkerKind::DemandeCooperation,
            1,
            "Mali",
            "/pays/ML",
        ));
        assert!(html.contains("1 demande ouverte"));
    }

    #[test]
    fn api_text_is_escaped_and_foreign_links_are_dropped() {
        let html = popup_html(&properties(
            MarkerKind::AutreActionExterieure,
            2,
            "<script>x</script>",
            "javascript:alert(1)",
        ));
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("href"));
        assert!(
            !popup_html(&properties(
                MarkerKind::AutreActionExterieure,
                2,
                "x",
                "//evil.example"
            ))
            .contains("href")
        );
    }
}
