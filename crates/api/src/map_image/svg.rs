//! Writes a map image as a standalone, accessible SVG document: a title band, the basemap
//! (highlighted shapes over neighbours), markers sized by their count with a `<title>` each,
//! a legend with the totals per kind, and the sources the licences require.

use std::fmt::Write;

use atlas_domain::{MarkerFeature, MarkerKind};
use atlas_geodata::MAP_ATTRIBUTION;
use atlas_geodata::topo::Feature;

use super::MapPicture;
use super::frame::{Frame, WIDTH};

const TITLE_BAND: f64 = 64.0;
const LEGEND_BAND: f64 = 84.0;
const BASE_FILL: &str = "#ececec";
const HIGHLIGHT_FILL: &str = "#c9cde0";
const SEA: &str = "#f6f6f6";
const FONT: &str = "Marianne, Arial, Helvetica, sans-serif";

/// The whole document.
pub fn render<'a>(
    frame: &Frame,
    shapes: impl Iterator<Item = &'a Feature>,
    highlighted: impl Fn(&Feature) -> bool,
    picture: &MapPicture,
) -> String {
    let height = TITLE_BAND + frame.height + LEGEND_BAND;
    let mut out = String::with_capacity(64 * 1024);
    let title = escape(picture.title);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-labelledby="atlas-title atlas-desc" font-family="{FONT}"><title id="atlas-title">{title}</title><desc id="atlas-desc">{desc}</desc><rect width="100%" height="100%" fill="#ffffff"/><text x="16" y="30" font-size="20" font-weight="700" fill="#161616">{title}</text><text x="16" y="52" font-size="13" fill="#3a3a3a">{subtitle}</text>"##,
        desc = escape(&describe(picture)),
        subtitle = escape(picture.subtitle),
    );
    let _ = write!(
        out,
        r##"<defs><clipPath id="atlas-clip"><rect width="{WIDTH}" height="{h:.1}"/></clipPath></defs><g transform="translate(0 {TITLE_BAND})" clip-path="url(#atlas-clip)"><rect width="{WIDTH}" height="{h:.1}" fill="{SEA}"/>"##,
        h = frame.height
    );
    basemap(&mut out, frame, shapes, highlighted);
    markers(&mut out, frame, &picture.markers.features);
    out.push_str("</g>");
    legend(&mut out, TITLE_BAND + frame.height, picture);
    out.push_str("</svg>");
    out
}

fn describe(picture: &MapPicture) -> String {
    let mut parts = Vec::new();
    for kind in MarkerKind::ALL {
        let (places, total) = totals(&picture.markers.features, *kind);
        if places > 0 {
            parts.push(format!("{} : {total} sur {places} lieux", kind.label()));
        }
    }
    if parts.is_empty() {
        "Aucun projet ni demande à afficher.".to_owned()
    } else {
        parts.join(" ; ")
    }
}

fn totals(features: &[MarkerFeature], kind: MarkerKind) -> (usize, i64) {
    features
        .iter()
        .filter(|f| f.properties.kind == kind)
        .fold((0, 0), |(n, sum), f| (n + 1, sum + f.properties.count))
}

/// The shapes that overlap the frame, highlighted ones last so their outline stays on top.
fn basemap<'a>(
    out: &mut String,
    frame: &Frame,
    shapes: impl Iterator<Item = &'a Feature>,
    highlighted: impl Fn(&Feature) -> bool,
) {
    let (own, others): (Vec<&Feature>, Vec<&Feature>) = shapes
        .filter(|f| frame.overlaps(f.bbox()))
        .partition(|f| highlighted(f));
    for (features, fill, stroke, width) in [
        (others, BASE_FILL, "#ffffff", 0.8),
        (own, HIGHLIGHT_FILL, "#3a3a3a", 1.0),
    ] {
        if features.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r##"<path fill="{fill}" fill-rule="evenodd" stroke="{stroke}" stroke-width="{width}" stroke-linejoin="round" d=""##
        );
        for feature in features {
            path_data(out, frame, feature);
        }
        out.push_str(r#""/>"#);
    }
}

/// Rings as `M…L…Z`, at a tenth of a unit, dropping points that round onto the previous one.
fn path_data(out: &mut String, frame: &Frame, feature: &Feature) {
    for ring in feature.polygons.iter().flatten() {
        let mut last = None;
        let mut first = true;
        for point in ring {
            let (x, y) = frame.project(*point);
            let p = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if last == Some(p) {
                continue;
            }
            last = Some(p);
            out.push(if first { 'M' } else { 'L' });
            first = false;
            let _ = write!(out, "{} {}", tenths(p.0), tenths(p.1));
        }
        if !first {
            out.push('Z');
        }
    }
}

fn tenths(v: i64) -> String {
    if v % 10 == 0 {
        (v / 10).to_string()
    } else {
        format!("{:.1}", v as f64 / 10.0)
    }
}

/// Disk radius for a count: the area grows with the count, within readable bounds.
fn radius(count: i64) -> f64 {
    (4.0 + 2.5 * (count.max(1) as f64).sqrt()).min(28.0)
}

/// Markers inside the frame, largest first so small ones stay visible and clickable.
fn markers(out: &mut String, frame: &Frame, features: &[MarkerFeature]) {
    let mut shown: Vec<&MarkerFeature> = features
        .iter()
        .filter(|f| frame.contains(f.geometry.coordinates))
        .collect();
    shown.sort_by_key(|f| std::cmp::Reverse(f.properties.count));
    for f in shown {
        let (x, y) = frame.project(f.geometry.coordinates);
        let kind = f.properties.kind;
        let outline = match kind {
            MarkerKind::AutreActionExterieure => "#3a3a3a",
            _ => "#ffffff",
        };
        let _ = write!(
            out,
            r##"<circle class="atlas-marker atlas-marker--{class}" cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}" fill-opacity="0.85" stroke="{outline}" stroke-width="1"><title>{label} – {kind_label} : {count}</title></circle>"##,
            class = kind.as_str(),
            r = radius(f.properties.count),
            fill = kind.colour(),
            label = escape(&f.properties.label),
            kind_label = escape(kind.label()),
            count = f.properties.count,
        );
    }
}

/// One line per kind with its colour and total, then the sources.
fn legend(out: &mut String, top: f64, picture: &MapPicture) {
    let mut x = 16.0;
    let y = top + 28.0;
    for kind in picture.kinds {
        let (_, total) = totals(&picture.markers.features, *kind);
        let text = format!("{} ({total})", kind.label());
        let _ = write!(
            out,
            r##"<circle cx="{cx}" cy="{cy}" r="7" fill="{fill}" stroke="#3a3a3a" stroke-width="0.5"/><text x="{tx}" y="{ty}" font-size="12" fill="#161616">{text}</text>"##,
            cx = x + 7.0,
            cy = y - 4.0,
            fill = kind.colour(),
            tx = x + 20.0,
            ty = y,
            text = escape(&text),
        );
        // Marianne/Arial at 12 px: about 6.2 units per character.
        x += 36.0 + text.chars().count() as f64 * 6.2;
    }
    let _ = write!(
        out,
        r##"<text x="16" y="{y}" font-size="10" fill="#666666">Atlas de l'action extérieure des collectivités – {sources}</text>"##,
        y = top + 62.0,
        sources = escape(MAP_ATTRIBUTION),
    );
}

/// Text for XML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_keeps_accents() {
        assert_eq!(
            escape("Côte d'Ivoire <&>"),
            "Côte d&apos;Ivoire &lt;&amp;&gt;"
        );
    }

    #[test]
    fn radius_grows_with_the_count_within_bounds() {
        assert!(radius(1) < radius(10));
        assert_eq!(radius(100_000), 28.0);
        assert_eq!(radius(0), radius(1));
    }
}
