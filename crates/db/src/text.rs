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

/// The searchable text of a Bourse request (`bourse_texts`), ligatures folded: title; body
/// (description, objectives, sought partner); places (authority, city, country). The
/// migration that created the table builds the same text in SQL for older rows.
pub fn bourse_text(
    request: &crate::models::BourseRequestRow,
    country_name: &str,
) -> crate::models::BourseTextRow {
    let body = [
        request.description.as_str(),
        request.objectives.as_deref().unwrap_or(""),
        request.sought_partner.as_deref().unwrap_or(""),
    ]
    .join("\n");
    let mut places = request.authority_name.clone();
    if let Some(city) = &request.city {
        places.push_str(" · ");
        places.push_str(city);
    }
    places.push_str(" · ");
    places.push_str(country_name);
    crate::models::BourseTextRow {
        request_id: request.id,
        title: fold_ligatures(&request.title),
        body: fold_ligatures(&body),
        places: fold_ligatures(&places),
    }
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
