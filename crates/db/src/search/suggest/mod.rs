//! Type-ahead suggestions over places (continents, sub-continents, countries, régions,
//! départements), collectivités, partner authorities and themes: every typed word must occur
//! in the name (accents, case and ligatures ignored); names starting with the first word come
//! first, then the busiest. Each suggestion names the search criterion it sets and what it
//! is ([`Suggested`]); the API words that for users.

/// Applies every `%word%` pattern to a folded name expression.
macro_rules! matching {
    ($q:expr, $folded:expr, $likes:expr) => {{
        let mut q = $q;
        for like in $likes {
            q = q.filter($folded.like(like.clone()).escape('\\'));
        }
        q
    }};
}

// After the macro, which it uses.
mod places;

use atlas_domain::suggest::SUGGEST_LIMIT;
use atlas_domain::{CollectiviteKind, PartnerKind, SuggestRequest, SuggestionKind};
use diesel::prelude::*;

use crate::pool::atlas_fold;
use crate::projects::ARCHIVED;
use crate::schema::*;
use crate::stored::Stored;
use crate::text::fold_key;
use crate::{DbConn, DbError};
use places::places;

/// `%word%` patterns (LIKE wildcards in the words escaped) and the `first%` prefix.
fn patterns(text: &str) -> (Vec<String>, String) {
    let escape = |w: &str| {
        w.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    };
    let words: Vec<String> = fold_key(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(escape)
        .collect();
    let prefix = format!("{}%", words.first().cloned().unwrap_or_default());
    (words.iter().map(|w| format!("%{w}%")).collect(), prefix)
}

/// What a suggestion designates, with what tells it apart from its namesakes. Storage says
/// what it found; the API words it (`Suggestion::detail`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suggested {
    Continent,
    Subcontinent {
        continent: String,
    },
    Country {
        continent: String,
    },
    Region,
    /// Its code is the suggestion's value.
    Departement {
        region: String,
    },
    Collectivite {
        kind: CollectiviteKind,
        departement: Option<String>,
    },
    Partner {
        kind: PartnerKind,
        country: String,
    },
    Theme,
}

impl Suggested {
    /// The search parameter the suggestion sets.
    pub fn param(&self) -> &'static str {
        match self {
            Suggested::Continent => "continent",
            Suggested::Subcontinent { .. } => "subcontinent",
            Suggested::Country { .. } => "country",
            Suggested::Region => "region",
            Suggested::Departement { .. } => "departement",
            Suggested::Collectivite { .. } => "collectivite",
            Suggested::Partner { .. } => "partner",
            Suggested::Theme => "theme",
        }
    }
}

/// One suggestion, before the API words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The kind asked for that found it.
    pub kind: SuggestionKind,
    pub what: Suggested,
    /// The value of the search parameter ([`Suggested::param`]): a code or an id.
    pub value: String,
    /// The name found.
    pub label: String,
    /// Active projects it has.
    pub count: i64,
}

/// A match, with whether its name starts with the first typed word.
struct Candidate {
    what: Suggested,
    value: String,
    label: String,
    count: i64,
    starts: bool,
}

/// Best candidates first: prefix matches, then most projects, then name.
fn best(mut found: Vec<Candidate>) -> Vec<Candidate> {
    found.sort_by(|a, b| {
        b.starts
            .cmp(&a.starts)
            .then_with(|| b.count.cmp(&a.count))
            .then_with(|| a.label.cmp(&b.label))
    });
    found.truncate(SUGGEST_LIMIT);
    found
}

/// Suggestions for `req`, grouped by kind in the order asked.
pub fn suggest(conn: &mut DbConn, req: &SuggestRequest) -> Result<Vec<Found>, DbError> {
    let (likes, prefix) = patterns(&req.text);
    if likes.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for kind in &req.kinds {
        let found = match kind {
            SuggestionKind::Place => best(places(conn, &likes, &prefix)?),
            SuggestionKind::Collectivite => collectivites(conn, &likes, &prefix)?,
            SuggestionKind::Partner => partners(conn, &likes, &prefix)?,
            SuggestionKind::Theme => best(themes(conn, &likes, &prefix)?),
        };
        out.extend(found.into_iter().map(|c| Found {
            kind: *kind,
            what: c.what,
            value: c.value,
            label: c.label,
            count: c.count,
        }));
    }
    Ok(out)
}

/// A collectivité whose name matches.
#[derive(Queryable)]
struct CollectiviteMatch {
    id: i32,
    name: String,
    #[diesel(deserialize_as = Stored<CollectiviteKind>)]
    kind: CollectiviteKind,
    departement: Option<String>,
    projects: i64,
    starts: bool,
}

fn collectivites(
    conn: &mut DbConn,
    likes: &[String],
    prefix: &str,
) -> Result<Vec<Candidate>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    let found: Vec<CollectiviteMatch> = with_conn!(conn, |c| {
        let projects_of = projects::table
            .filter(projects::collectivite_id.eq(collectivites::id))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            // A COUNT is never NULL.
            .single_value()
            .assume_not_null();
        matching!(
            collectivites::table
                .left_join(departements::table)
                .into_boxed(),
            collectivites::name_folded,
            likes
        )
        .select((
            collectivites::id,
            collectivites::name,
            collectivites::kind,
            departements::name.nullable(),
            projects_of,
            collectivites::name_folded.like(prefix.to_owned()),
        ))
        .order((
            collectivites::name_folded.like(prefix.to_owned()).desc(),
            projects_of.desc(),
            collectivites::name_folded,
        ))
        .limit(limit)
        .load(c)
    })?;
    Ok(found
        .into_iter()
        .map(|m| Candidate {
            what: Suggested::Collectivite {
                kind: m.kind,
                departement: m.departement,
            },
            value: m.id.to_string(),
            label: m.name,
            count: m.projects,
            starts: m.starts,
        })
        .collect())
}

/// A partner authority whose name matches.
#[derive(Queryable)]
struct PartnerMatch {
    id: i32,
    name: String,
    #[diesel(deserialize_as = Stored<PartnerKind>)]
    kind: PartnerKind,
    country: String,
    projects: i64,
    starts: bool,
}

fn partners(conn: &mut DbConn, likes: &[String], prefix: &str) -> Result<Vec<Candidate>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    let found: Vec<PartnerMatch> = with_conn!(conn, |c| {
        let projects_of = projects::table
            .filter(projects::partner_id.eq(partners::id.nullable()))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            // A COUNT is never NULL.
            .single_value()
            .assume_not_null();
        matching!(
            partners::table.inner_join(countries::table).into_boxed(),
            partners::name_folded,
            likes
        )
        .select((
            partners::id,
            partners::name,
            partners::kind,
            countries::name_fr,
            projects_of,
            partners::name_folded.like(prefix.to_owned()),
        ))
        .order((
            partners::name_folded.like(prefix.to_owned()).desc(),
            projects_of.desc(),
            partners::name_folded,
        ))
        .limit(limit)
        .load(c)
    })?;
    Ok(found
        .into_iter()
        .map(|m| Candidate {
            what: Suggested::Partner {
                kind: m.kind,
                country: m.country,
            },
            value: m.id.to_string(),
            label: m.name,
            count: m.projects,
            starts: m.starts,
        })
        .collect())
}

/// An active theme whose name matches.
#[derive(Queryable)]
struct ThemeMatch {
    code: String,
    name: String,
    projects: i64,
    starts: bool,
}

fn themes(conn: &mut DbConn, likes: &[String], prefix: &str) -> Result<Vec<Candidate>, DbError> {
    let found: Vec<ThemeMatch> = with_conn!(conn, |c| {
        let projects_of = project_themes::table
            .inner_join(projects::table)
            .filter(project_themes::theme_id.eq(themes::id))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            // A COUNT is never NULL.
            .single_value()
            .assume_not_null();
        matching!(
            themes::table.into_boxed(),
            atlas_fold(themes::name_fr),
            likes
        )
        .filter(themes::active.eq(true))
        .select((
            themes::code,
            themes::name_fr,
            projects_of,
            atlas_fold(themes::name_fr).like(prefix.to_owned()),
        ))
        .load(c)
    })?;
    Ok(found
        .into_iter()
        .map(|m| Candidate {
            what: Suggested::Theme,
            value: m.code,
            label: m.name,
            count: m.projects,
            starts: m.starts,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fold_and_escape() {
        let (likes, prefix) = patterns("Saint-Étienne 100%");
        assert_eq!(likes, ["%saint%", "%etienne%", "%100%"]);
        assert_eq!(prefix, "saint%");
        assert_eq!(patterns("a_b").0, ["%a%", "%b%"]);
    }
}
