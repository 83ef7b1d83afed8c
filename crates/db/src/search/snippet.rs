//! Highlighted text for search hits, computed from the ORIGINAL text (ligatures and accents as
//! written), not the folded text the full-text index holds: a word is marked when its folded
//! form equals a keyword, starts with the last keyword (type-ahead), or shares its French stem
//! (what PostgreSQL's `french` configuration matches).

use std::borrow::Cow;

use atlas_domain::TextPart;
use rust_stemmers::{Algorithm, Stemmer};

use crate::text::fold_key;

/// Words shown around the keywords in a snippet.
const WINDOW_WORDS: usize = 30;
/// Words kept before the first match, for context.
const LEAD_WORDS: usize = 6;

/// The keywords of a query, folded and stemmed once.
pub struct Terms {
    terms: Vec<Term>,
    stemmer: Stemmer,
}

struct Term {
    folded: String,
    stem: String,
    prefix: bool,
}

impl Terms {
    /// From the words of [`atlas_domain::query::keywords`]: the last one is a prefix.
    pub fn new(words: &[String]) -> Terms {
        let stemmer = Stemmer::create(Algorithm::French);
        let last = words.len().saturating_sub(1);
        let terms = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let folded = fold_key(w);
                Term {
                    stem: fold_key(&stemmer.stem(&w.to_lowercase())),
                    folded,
                    prefix: i == last,
                }
            })
            .collect();
        Terms { terms, stemmer }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Which term `word` matches, if any.
    fn matching(&self, word: &str) -> Option<usize> {
        let folded = folded(word);
        let folded = folded.as_ref();
        let mut stem: Option<String> = None;
        self.terms.iter().position(|t| {
            if folded == t.folded || (t.prefix && folded.starts_with(&t.folded)) {
                return true;
            }
            // Stems of one- or two-letter words match too much ("a", "de").
            if t.folded.len() < 3 {
                return false;
            }
            // Snowball's French stemmer only rewrites endings: a word whose beginning differs
            // from the stem's cannot have that stem, and stemming is the costly part.
            if !t
                .stem
                .chars()
                .zip(folded.chars())
                .take(2)
                .all(|(a, b)| a == b)
            {
                return false;
            }
            let s = stem.get_or_insert_with(|| fold_key(&self.stemmer.stem(&word.to_lowercase())));
            *s == t.stem
        })
    }
}

/// [`fold_key`] of `word`, without copying the (most frequent) words already folded and
/// without transliterating plain ASCII ones.
fn folded(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        Cow::Owned(fold_key(word))
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A word of a text: its byte range; separators lie between words.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Appends `text` to `parts`, merging it with the last part when both have the same mark.
fn push(parts: &mut Vec<TextPart>, text: &str, mark: bool) {
    if text.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some(last) if last.mark == mark => last.text.push_str(text),
        _ => parts.push(TextPart {
            text: text.to_owned(),
            mark,
        }),
    }
}

/// The words of `text` from word `from` to word `to` (exclusive), matching ones marked.
fn marked(
    text: &str,
    ws: &[(usize, usize)],
    from: usize,
    to: usize,
    terms: &Terms,
) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let Some(&(mut at, _)) = ws.get(from) else {
        return parts;
    };
    for &(s, e) in ws.get(from..to.min(ws.len())).unwrap_or_default() {
        push(&mut parts, &text[at..s], false);
        push(
            &mut parts,
            &text[s..e],
            terms.matching(&text[s..e]).is_some(),
        );
        at = e;
    }
    parts
}

/// The whole of `text` with matching words marked (titles).
pub fn highlight(text: &str, terms: &Terms) -> Vec<TextPart> {
    if terms.is_empty() {
        return vec![TextPart {
            text: text.to_owned(),
            mark: false,
        }];
    }
    let ws = words(text);
    let mut parts = Vec::new();
    let first = ws.first().map_or(text.len(), |w| w.0);
    push(&mut parts, &text[..first], false);
    parts.extend(marked(text, &ws, 0, ws.len(), terms));
    // `marked` stops after the last word; keep trailing punctuation.
    if let Some(&(_, e)) = ws.last() {
        push(&mut parts, &text[e..], false);
    }
    merge(parts)
}

fn merge(parts: Vec<TextPart>) -> Vec<TextPart> {
    let mut out = Vec::with_capacity(parts.len());
    for p in parts {
        push(&mut out, &p.text, p.mark);
    }
    out
}

/// A passage of about [`WINDOW_WORDS`] words from the first of `texts` where the most distinct
/// keywords meet (or the beginning of the first non-empty text when none matches), with `…`
/// where it is cut.
pub fn snippet(texts: &[&str], terms: &Terms) -> Vec<TextPart> {
    /// The best passage so far: its score, its text, the text's words and the first word.
    struct Best<'t> {
        score: usize,
        text: &'t str,
        words: Vec<(usize, usize)>,
        at: usize,
    }
    let mut best: Option<Best> = None;
    for text in texts.iter().filter(|t| !t.trim().is_empty()) {
        let ws = words(text);
        let hits: Vec<(usize, usize)> = if terms.is_empty() {
            Vec::new()
        } else {
            ws.iter()
                .enumerate()
                .filter_map(|(i, &(s, e))| terms.matching(&text[s..e]).map(|t| (i, t)))
                .collect()
        };
        // The window starting at each hit: how many distinct terms it holds.
        let mut local: Option<(usize, usize)> = None;
        for (k, &(i, _)) in hits.iter().enumerate() {
            let mut seen: Vec<usize> = hits[k..]
                .iter()
                .take_while(|(j, _)| *j < i + WINDOW_WORDS - LEAD_WORDS)
                .map(|(_, t)| *t)
                .collect();
            seen.sort_unstable();
            seen.dedup();
            if local.is_none_or(|(score, _)| seen.len() > score) {
                local = Some((seen.len(), i));
            }
        }
        let (score, at) = local.unwrap_or((0, 0));
        if best.as_ref().is_none_or(|b| score > b.score) {
            best = Some(Best {
                score,
                text,
                words: ws,
                at,
            });
        }
        // Every keyword in one window: no later text can do better.
        if best.as_ref().is_some_and(|b| b.score == terms.terms.len()) {
            break;
        }
    }
    let Some(Best {
        text,
        words: ws,
        at,
        ..
    }) = best
    else {
        return Vec::new();
    };
    let from = at.saturating_sub(LEAD_WORDS);
    let to = (from + WINDOW_WORDS).min(ws.len());
    let mut parts = Vec::new();
    if from > 0 {
        push(&mut parts, "… ", false);
    }
    parts.extend(marked(text, &ws, from, to, terms));
    if to < ws.len() {
        push(&mut parts, " …", false);
    } else if let Some(&(_, e)) = ws.last() {
        push(&mut parts, text[e..].trim_end(), false);
    }
    merge(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(q: &str) -> Terms {
        Terms::new(&atlas_domain::query::keywords(q))
    }

    fn shown(parts: &[TextPart]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.mark {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn marks_accented_ligatured_and_prefixed_words_keeping_the_original_spelling() {
        let t = terms("coeur cooperation patri");
        assert_eq!(
            shown(&highlight("Le Cœur de la Coopération : patrimoine.", &t)),
            "Le [Cœur] de la [Coopération] : [patrimoine]."
        );
    }

    #[test]
    fn words_are_folded_like_the_keywords() {
        for word in [
            "eau",
            "Eau",
            "EAUX",
            "Cœur",
            "Coopération",
            "Kraków",
            "l'eau",
        ] {
            assert_eq!(folded(word), fold_key(word), "{word}");
        }
        assert!(matches!(folded("eau"), Cow::Borrowed(_)));
    }

    #[test]
    fn stems_match_like_french_full_text() {
        let t = terms("coopérations patrimoines x");
        assert_eq!(
            shown(&highlight("Une coopération pour le patrimoine", &t)),
            "Une [coopération] pour le [patrimoine]"
        );
    }

    #[test]
    fn snippets_centre_on_the_keywords_and_say_where_they_are_cut() {
        let long: String = (0..80).map(|i| format!("mot{i} ")).collect::<String>()
            + "la gestion de l'eau potable "
            + &(0..80).map(|i| format!("fin{i} ")).collect::<String>();
        let parts = snippet(&["", "Rien ici.", &long], &terms("eau potable"));
        let s = shown(&parts);
        assert!(s.starts_with("… "), "{s}");
        assert!(s.ends_with(" …"), "{s}");
        assert!(s.contains("de l'[eau] [potable]"), "{s}");
        assert!(s.split_whitespace().count() <= WINDOW_WORDS + 2, "{s}");
        // Without keywords: the beginning of the first text.
        let start = shown(&snippet(&["Appui à la maîtrise d'ouvrage."], &terms("")));
        assert_eq!(start, "Appui à la maîtrise d'ouvrage.");
    }
}
