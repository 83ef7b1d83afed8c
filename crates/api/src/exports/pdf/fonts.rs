//! The fonts of the PDF report: the standard Helvetica every PDF reader has, so no font is
//! embedded and a report stays small; genpdf measures text with Liberation Sans, which has the
//! same metrics (OFL, committed in `data/fonts/`, see `data/PROVENANCE.md`).
//!
//! Standard fonts speak Windows-1252, which covers French (é è ç à œ € « » …); characters
//! outside it (ł, ş, ā in some foreign place names) are written without their accents.

use genpdf::error::Error;
use genpdf::fonts::{FontData, FontFamily};
use printpdf::BuiltinFont;

const REGULAR: &[u8] = include_bytes!("../../../../../data/fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../../data/fonts/LiberationSans-Bold.ttf");

/// Helvetica, measured with Liberation Sans.
pub fn helvetica() -> Result<FontFamily<FontData>, Error> {
    Ok(FontFamily {
        regular: FontData::new(REGULAR.to_vec(), Some(BuiltinFont::Helvetica))?,
        bold: FontData::new(BOLD.to_vec(), Some(BuiltinFont::HelveticaBold))?,
        // The report sets no italics; the upright metrics are close enough if one appears.
        italic: FontData::new(REGULAR.to_vec(), Some(BuiltinFont::HelveticaOblique))?,
        bold_italic: FontData::new(BOLD.to_vec(), Some(BuiltinFont::HelveticaBoldOblique))?,
    })
}

/// The characters Windows-1252 has between 0x80 and 0x9F.
const CP1252_EXTRA: &str = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/// Whether the standard fonts draw `c` (lopdf's Windows-1252 table has no code for the
/// no-break space or the soft hyphen).
fn in_cp1252(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{A1}'..='\u{AC}' | '\u{AE}'..='\u{FF}') || CP1252_EXTRA.contains(c)
}

/// `s` in characters the standard fonts can draw: line breaks and tabs become spaces, other
/// characters lose their accents (`Łódź` → `Lódz`), what has no Latin form becomes `?`.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if in_cp1252(c) {
            out.push(c);
        } else if c == '\u{AD}' {
            continue;
        } else if c.is_whitespace() {
            out.push(' ');
        } else if c.is_control() {
            continue;
        } else {
            match deunicode::deunicode_char(c) {
                Some(ascii) if !ascii.is_empty() && ascii.chars().all(in_cp1252) => {
                    out.push_str(ascii)
                }
                _ => out.push('?'),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_stays_and_other_accents_are_dropped() {
        assert_eq!(
            printable("Cœur d'Évry «\u{A0}12\u{A0}€\u{A0}» – Łódź\nŢarīf"),
            "Cœur d'Évry « 12 € » – Lódz Tarif"
        );
    }

    #[test]
    fn the_committed_fonts_load() {
        assert!(helvetica().is_ok());
    }
}
