//! Text folding for search: the same functions run on indexed text and on queries.

/// Replaces ligatures by their letters (œ → oe, æ → ae…), which FTS5 does not fold.
/// Accents are kept: the full-text engines fold them, and snippets stay readable.
pub fn fold_ligatures(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    for ch in text.chars() {
        match ch {
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            'ß' => out.push_str("ss"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            _ => out.push(ch),
        }
    }
    out
}

/// A lower-case ASCII key for prefix matching of names ("Saint-Étienne" → "saint-etienne",
/// "Kraków" → "krakow", "Cœur" → "coeur"). Used for type-ahead and name sorting.
pub fn fold_key(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligatures_fold_and_accents_stay() {
        assert_eq!(
            fold_ligatures("Cœur d'Œuvre, Lætitia"),
            "Coeur d'OEuvre, Laetitia"
        );
        assert_eq!(fold_ligatures("Coopération"), "Coopération");
    }

    #[test]
    fn keys_are_lowercase_ascii() {
        assert_eq!(fold_key("Saint-Étienne"), "saint-etienne");
        assert_eq!(fold_key("Kraków"), "krakow");
        assert_eq!(fold_key("Cœur"), "coeur");
    }
}
