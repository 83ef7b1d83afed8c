//! Type-ahead suggestions over places (continents, sub-continents, countries, régions,
//! départements), collectivités, partner authorities and themes: every typed word must occur
//! in the name (accents, case and ligatures ignored); names starting with the first word come
//! first, then the busiest. Each suggestion names the search criterion it sets.

use atlas_domain::suggest::SUGGEST_LIMIT;
use atlas_domain::{CollectiviteKind, PartnerKind, SuggestRequest, Suggestion, SuggestionKind};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::pool::atlas_fold;
use crate::projects::ARCHIVED;
use crate::schema::*;
use crate::text::fold_key;
use crate::{DbConn, DbError};

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

/// Rows as (value, label, detail, count, starts with the first word).
type Row = (String, String, String, i64, bool);

fn suggestion(kind: SuggestionKind, param: &str, row: Row) -> Suggestion {
    let (value, label, detail, count, _) = row;
    Suggestion {
        kind,
        param: param.to_owned(),
        value,
        label,
        detail,
        count,
    }
}

/// Best rows first: prefix matches, then most projects, then name.
fn best(mut rows: Vec<(Row, &'static str)>) -> Vec<(Row, &'static str)> {
    rows.sort_by(|(a, _), (b, _)| {
        b.4.cmp(&a.4)
            .then_with(|| b.3.cmp(&a.3))
            .then_with(|| a.1.cmp(&b.1))
    });
    rows.truncate(SUGGEST_LIMIT);
    rows
}

/// Suggestions for `req`, grouped by kind in the order asked.
pub fn suggest(conn: &mut DbConn, req: &SuggestRequest) -> Result<Vec<Suggestion>, DbError> {
    let (likes, prefix) = patterns(&req.text);
    if likes.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for kind in &req.kinds {
        let rows: Vec<(Row, &'static str)> = match kind {
            SuggestionKind::Place => best(places(conn, &likes, &prefix)?),
            SuggestionKind::Collectivite => collectivites(conn, &likes, &prefix)?
                .into_iter()
                .map(|r| (r, "collectivite"))
                .collect(),
            SuggestionKind::Partner => partners(conn, &likes, &prefix)?
                .into_iter()
                .map(|r| (r, "partner"))
                .collect(),
            SuggestionKind::Theme => best(themes(conn, &likes, &prefix)?),
        };
        out.extend(
            rows.into_iter()
                .map(|(row, param)| suggestion(*kind, param, row)),
        );
    }
    Ok(out)
}

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

fn places(
    conn: &mut DbConn,
    likes: &[String],
    prefix: &str,
) -> Result<Vec<(Row, &'static str)>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    Ok(with_conn!(conn, |c| {
        let active = projects::status.ne(ARCHIVED);
        let mut rows: Vec<(Row, &'static str)> = Vec::new();
        let continents_found = matching!(
            continents::table.into_boxed(),
            atlas_fold(continents::name_fr),
            likes
        )
        .select((
            continents::code,
            continents::name_fr,
            atlas_fold(continents::name_fr).like(prefix.to_owned()),
        ))
        .limit(limit)
        .load::<(String, String, bool)>(c)?;
        for (code, name, starts) in continents_found {
            let n = projects::table
                .inner_join(countries::table)
                .filter(countries::continent_code.eq(&code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            rows.push(((code, name, "Continent".to_owned(), n, starts), "continent"));
        }
        let subs = matching!(
            subcontinents::table
                .inner_join(continents::table)
                .into_boxed(),
            atlas_fold(subcontinents::name_fr),
            likes
        )
        .select((
            subcontinents::code,
            subcontinents::name_fr,
            continents::name_fr,
            atlas_fold(subcontinents::name_fr).like(prefix.to_owned()),
        ))
        .limit(limit)
        .load::<(String, String, String, bool)>(c)?;
        for (code, name, continent, starts) in subs {
            let n = projects::table
                .inner_join(countries::table)
                .filter(countries::subcontinent_code.eq(&code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            let detail = format!("Sous-continent · {continent}");
            rows.push(((code, name, detail, n, starts), "subcontinent"));
        }
        let found = matching!(
            countries::table
                .inner_join(continents::table.on(continents::code.eq(countries::continent_code)))
                .into_boxed(),
            atlas_fold(countries::name_fr),
            likes
        )
        .select((
            countries::code,
            countries::name_fr,
            continents::name_fr,
            atlas_fold(countries::name_fr).like(prefix.to_owned()),
        ))
        .limit(limit * 2)
        .load::<(String, String, String, bool)>(c)?;
        let codes: Vec<&String> = found.iter().map(|f| &f.0).collect();
        let counts = projects::table
            .filter(projects::country_code.eq_any(&codes))
            .filter(active)
            .group_by(projects::country_code)
            .select((projects::country_code, count_star()))
            .load::<(String, i64)>(c)?;
        for (code, name, continent, starts) in found {
            let n = counts.iter().find(|x| x.0 == code).map_or(0, |x| x.1);
            rows.push((
                (code, name, format!("Pays · {continent}"), n, starts),
                "country",
            ));
        }
        let regs = matching!(
            regions::table.into_boxed(),
            atlas_fold(regions::name),
            likes
        )
        .select((
            regions::code,
            regions::name,
            atlas_fold(regions::name).like(prefix.to_owned()),
        ))
        .limit(limit)
        .load::<(String, String, bool)>(c)?;
        for (code, name, starts) in regs {
            let n = projects::table
                .inner_join(collectivites::table)
                .filter(collectivites::region_code.eq(&code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            rows.push(((code, name, "Région".to_owned(), n, starts), "region"));
        }
        let deps = matching!(
            departements::table.inner_join(regions::table).into_boxed(),
            atlas_fold(departements::name),
            likes
        )
        .select((
            departements::code,
            departements::name,
            regions::name,
            atlas_fold(departements::name).like(prefix.to_owned()),
        ))
        .limit(limit)
        .load::<(String, String, String, bool)>(c)?;
        for (code, name, region, starts) in deps {
            let n = projects::table
                .inner_join(collectivites::table)
                .filter(collectivites::departement_code.eq(&code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            let detail = format!("Département ({code}) · {region}");
            rows.push(((code, name, detail, n, starts), "departement"));
        }
        Ok::<_, diesel::result::Error>(rows)
    })?)
}

fn collectivites(conn: &mut DbConn, likes: &[String], prefix: &str) -> Result<Vec<Row>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    let found = with_conn!(conn, |c| {
        let projects_of = projects::table
            .filter(projects::collectivite_id.eq(collectivites::id))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            .single_value();
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
        .load::<(i32, String, String, Option<String>, Option<i64>, bool)>(c)
    })?;
    Ok(found
        .into_iter()
        .map(|(id, name, kind, dep, n, starts)| {
            let kind = kind
                .parse::<CollectiviteKind>()
                .map(|k| k.label())
                .unwrap_or("");
            let detail = match dep {
                Some(dep) => format!("{kind} · {dep}"),
                None => kind.to_owned(),
            };
            (id.to_string(), name, detail, n.unwrap_or(0), starts)
        })
        .collect())
}

fn partners(conn: &mut DbConn, likes: &[String], prefix: &str) -> Result<Vec<Row>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    let found = with_conn!(conn, |c| {
        let projects_of = projects::table
            .filter(projects::partner_id.eq(partners::id.nullable()))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            .single_value();
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
        .load::<(i32, String, String, String, Option<i64>, bool)>(c)
    })?;
    Ok(found
        .into_iter()
        .map(|(id, name, kind, country, n, starts)| {
            let kind = kind.parse::<PartnerKind>().map(|k| k.label()).unwrap_or("");
            (
                id.to_string(),
                name,
                format!("{kind} · {country}"),
                n.unwrap_or(0),
                starts,
            )
        })
        .collect())
}

fn themes(
    conn: &mut DbConn,
    likes: &[String],
    prefix: &str,
) -> Result<Vec<(Row, &'static str)>, DbError> {
    let found = with_conn!(conn, |c| {
        let projects_of = project_themes::table
            .inner_join(projects::table)
            .filter(project_themes::theme_id.eq(themes::id))
            .filter(projects::status.ne(ARCHIVED))
            .count()
            .single_value();
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
        .load::<(String, String, Option<i64>, bool)>(c)
    })?;
    Ok(found
        .into_iter()
        .map(|(code, name, n, starts)| {
            (
                (code, name, "Thématique".to_owned(), n.unwrap_or(0), starts),
                "theme",
            )
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
