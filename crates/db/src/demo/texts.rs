//! French phrase banks for project sheets and Bourse requests, per theme.
//! Placeholders: `{c}` French collectivité, `{p}` partner authority, `{pays}` country.
//!
//! The banks are data, one file each ([`theme_weights`], [`theme_phrases`], [`sentences`]);
//! this file holds their shape, the lookup by theme and the filling of placeholders.

mod sentences;
mod theme_phrases;
mod theme_weights;

pub use sentences::{GENERIC_SENTENCES, SOUGHT_PARTNERS};
pub use theme_phrases::THEME_TEXTS;
pub use theme_weights::theme_weights;

/// Per theme: titles, objectives, description sentences.
pub struct ThemeText {
    pub code: &'static str,
    pub titles: &'static [&'static str],
    pub objectives: &'static [&'static str],
    pub sentences: &'static [&'static str],
}

/// The bank of theme `code` (the first bank for a code it does not know).
pub fn theme_text(code: &str) -> &'static ThemeText {
    THEME_TEXTS
        .iter()
        .find(|t| t.code == code)
        .unwrap_or(&THEME_TEXTS[0])
}

/// Fills the placeholders.
pub fn fill(template: &str, coll: &str, partner: &str, country: &str) -> String {
    template
        .replace("{c}", coll)
        .replace("{p}", partner)
        .replace("{pays}", country)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::THEMES;

    #[test]
    fn every_theme_has_text_and_weights_name_real_themes() {
        for theme in THEMES {
            assert!(
                THEME_TEXTS.iter().any(|t| t.code == theme.code),
                "{}",
                theme.code
            );
        }
        for zone in [
            "europe",
            "afrique",
            "asie",
            "amerique-nord",
            "oceanie",
            "amerique-sud",
        ] {
            for (code, _) in theme_weights(zone) {
                assert!(THEMES.iter().any(|t| t.code == *code), "{code}");
            }
        }
    }
}
