//! Keywords: what the user typed, cut into the words the full-text indexes hold.

/// Splits keywords into words of letters and digits (ligatures folded, lower case).
/// Operators and punctuation are dropped, so no input can break the full-text syntax.
pub fn keywords(q: &str) -> Vec<String> {
    let folded: String = q
        .chars()
        .flat_map(|c| match c {
            'œ' | 'Œ' => vec!['o', 'e'],
            'æ' | 'Æ' => vec!['a', 'e'],
            c => vec![c],
        })
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(12)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_fold_ligatures_and_drop_operators() {
        assert_eq!(
            keywords("Cœur  d'Afrique* OR \"NEAR\""),
            ["coeur", "d", "afrique", "or", "near"]
        );
        assert!(keywords("   ").is_empty());
    }
}
