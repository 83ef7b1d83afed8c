//! The PDF report of an export (genpdf): a title, the criteria in words, the key figures
//! (projects by kind and by continent), then a table of the chosen columns for the first
//! [`MAX_ROWS`] projects, with a note when there are more. A4 landscape, standard Helvetica
//! (no embedded font, see [`fonts`]), streams compressed: about 30 KB for 100 projects.

mod compress;
pub mod criteria;
pub mod fonts;

use atlas_db::DbConn;
use atlas_db::exports::{BATCH, RowReader};
use atlas_db::figures::apd::ApdScope;
use atlas_db::figures::headline as figures;
use atlas_db::search::facets;
use atlas_domain::{ExportColumn, Figures};
use genpdf::elements::{Break, FrameCellDecorator, Paragraph, TableLayout};
use genpdf::style::Style;
use genpdf::{Alignment, Document, Element, SimplePageDecorator, Size};

use super::Export;
use super::cells::{cell, width};
use fonts::printable;

/// Projects listed in a report at most; the figures count them all.
pub const MAX_ROWS: usize = 2000;

/// The columns of a report when the request names none: what fits a landscape page.
pub const DEFAULT_COLUMNS: &[ExportColumn] = &[
    ExportColumn::Title,
    ExportColumn::Kind,
    ExportColumn::Collectivite,
    ExportColumn::Partner,
    ExportColumn::Country,
    ExportColumn::Themes,
    ExportColumn::StartYear,
    ExportColumn::EndYear,
];

/// The title of every report.
pub const TITLE: &str = "Atlas de l'action extérieure des collectivités";

/// Usable width of the page (A4 landscape less 10 mm margins), in mm.
const TABLE_MM: f64 = 277.0;
/// Font size of the table, in points.
const TABLE_PT: u8 = 7;

/// Why a report could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PdfBuildError {
    #[error(transparent)]
    Db(#[from] atlas_db::DbError),
    #[error(transparent)]
    Pdf(#[from] genpdf::error::Error),
    #[error("compress the PDF: {0}")]
    Compress(#[from] lopdf::Error),
}

/// `n` with a (non-breaking) space between thousands: `13 145`.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{A0}');
        }
        out.push(d);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A generous estimate of the width of `c` in Helvetica (regular or bold), in em.
fn em_width(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | 'f' | 't' | 'r' | 'I' | '.' | ',' | ';' | ':' | '\'' | '!' | '|' => 0.4,
        '0'..='9' => 0.6,
        'm' | 'w' | '@' | '%' => 0.95,
        c if c.is_uppercase() => 0.95,
        _ => 0.65,
    }
}

/// `text` with every word wider than `max_em` cut into pieces that fit (genpdf drops the rest
/// of a paragraph whose word is wider than its column).
pub fn fit_words(text: &str, max_em: f64) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut used = 0.0;
        for c in word.chars() {
            let w = em_width(c);
            if used > 0.0 && used + w > max_em {
                out.push(' ');
                used = 0.0;
            }
            used += w;
            out.push(c);
        }
    }
    out
}

fn text(s: &str, style: Style) -> impl Element + use<> {
    Paragraph::new(printable(s)).styled(style)
}

/// The summary lines: totals, by kind, by continent.
fn summary(figures: &Figures) -> Vec<String> {
    let continents: Vec<String> = figures
        .by_continent
        .iter()
        .map(|s| format!("{} {}", s.label, thousands(s.count)))
        .collect();
    vec![
        format!(
            "{} projets : {} coopérations décentralisées, {} autres actions extérieures.",
            thousands(figures.projects),
            thousands(figures.cooperation_projects),
            thousands(figures.other_actions)
        ),
        format!(
            "{} collectivités françaises, {} autorités partenaires, {} pays.",
            thousands(figures.collectivites),
            thousands(figures.partners),
            thousands(figures.countries)
        ),
        format!("Par continent : {}.", continents.join(" · ")),
    ]
}

/// The report of `export`, read on `conn`.
pub fn report(conn: &mut DbConn, export: &Export) -> Result<Vec<u8>, PdfBuildError> {
    let r = &export.resolved;
    let figures = figures::figures(conn, r, &ApdScope::None)?;
    let facets = facets::facets(conn, r)?;
    let criteria = criteria::describe(&r.filter, &facets);
    let columns = if export.columns_chosen {
        export.columns()
    } else {
        DEFAULT_COLUMNS
    };

    let mut doc = Document::new(fonts::helvetica()?);
    doc.set_title(TITLE);
    doc.set_minimal_conformance();
    doc.set_paper_size(Size::new(297, 210));
    doc.set_font_size(9);
    let mut pages = SimplePageDecorator::new();
    pages.set_margins(10);
    pages.set_header(|page| {
        Paragraph::new(format!("Page {page}"))
            .aligned(Alignment::Right)
            .styled(Style::new().with_font_size(7))
    });
    doc.set_page_decorator(pages);

    let h1 = Style::new().bold().with_font_size(16);
    let h2 = Style::new().bold().with_font_size(11);
    let plain = Style::new();
    doc.push(text(TITLE, h1));
    doc.push(text(
        &format!(
            "Export de projets, {}",
            chrono::Utc::now().format("%d/%m/%Y")
        ),
        Style::new().with_font_size(11),
    ));
    doc.push(Break::new(1));
    doc.push(text("Critères", h2));
    if criteria.is_empty() {
        doc.push(text("Aucun : tous les projets actifs de l'Atlas.", plain));
    }
    for line in &criteria {
        doc.push(text(line, plain));
    }
    doc.push(Break::new(1));
    doc.push(text("Chiffres clés", h2));
    for line in summary(&figures) {
        doc.push(text(&line, plain));
    }
    doc.push(Break::new(1));
    let listed = export.ids.len().min(MAX_ROWS);
    if listed < export.ids.len() {
        doc.push(text(
            &format!(
                "Ce rapport liste les {} premiers projets sur {}. Les exports CSV, Excel, \
                 JSON et GeoJSON donnent la liste complète.",
                thousands(listed as i64),
                thousands(export.ids.len() as i64)
            ),
            Style::new().bold(),
        ));
        doc.push(Break::new(1));
    }

    let weights: Vec<usize> = columns.iter().map(|c| usize::from(width(*c))).collect();
    let total: usize = weights.iter().sum::<usize>().max(1);
    // Width of each column in em, less 2 mm of padding.
    let em_mm = f64::from(TABLE_PT) * 25.4 / 72.0;
    let fits: Vec<f64> = weights
        .iter()
        .map(|w| (TABLE_MM * *w as f64 / total as f64 - 2.0) / em_mm)
        .collect();
    let mut table = TableLayout::new(weights);
    table.set_cell_decorator(FrameCellDecorator::new(true, true, false));
    let head = Style::new().bold().with_font_size(TABLE_PT);
    let body = Style::new().with_font_size(TABLE_PT);
    let mut header = table.row();
    for (column, fit) in columns.iter().zip(&fits) {
        header.push_element(text(&fit_words(column.label(), *fit), head).padded(1));
    }
    header.push()?;
    let mut reader = RowReader::new();
    for batch in export.ids[..listed].chunks(BATCH) {
        for row in reader.rows(conn, batch)? {
            let mut line = table.row();
            for (column, fit) in columns.iter().zip(&fits) {
                let value = cell(&row, *column, &export.site);
                let value = value.text();
                line.push_element(text(&fit_words(&value, *fit), body).padded(1));
            }
            line.push()?;
        }
    }
    doc.push(table);

    let mut pdf = Vec::new();
    doc.render(&mut pdf)?;
    Ok(compress::compress(&pdf)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_spaced() {
        assert_eq!(thousands(13_145), "13\u{A0}145");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(-1_000_000), "-1\u{A0}000\u{A0}000");
    }

    #[test]
    fn long_words_are_cut_and_short_ones_kept() {
        assert_eq!(fit_words("Année de début", 4.5), "Année de début");
        let url = "https://atlas.example.org/projets/12345";
        let cut = fit_words(url, 6.0);
        assert_eq!(cut.replace(' ', ""), url);
        assert!(cut.split(' ').count() > 3);
        for piece in cut.split(' ') {
            assert!(piece.chars().map(em_width).sum::<f64>() <= 6.0, "{piece}");
        }
        assert_eq!(fit_words("ab", 0.1), "a b");
    }
}
