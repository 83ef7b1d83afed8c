//! Place suggestions: continents, sub-continents, countries, régions and départements whose
//! name matches, each with its active projects and the place it belongs to.

use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{Candidate, Suggested};
use crate::pool::atlas_fold;
use crate::projects::ARCHIVED;
use crate::schema::*;
use crate::{DbConn, DbError};
use atlas_domain::suggest::SUGGEST_LIMIT;

/// A named place (continent, sub-continent, country, région or département) whose name
/// matches, with the name of the place it belongs to when it has one.
#[derive(Queryable)]
struct PlaceMatch {
    code: String,
    name: String,
    starts: bool,
}

#[derive(Queryable)]
struct PlaceInMatch {
    code: String,
    name: String,
    within: String,
    starts: bool,
}

pub(super) fn places(
    conn: &mut DbConn,
    likes: &[String],
    prefix: &str,
) -> Result<Vec<Candidate>, DbError> {
    let limit = SUGGEST_LIMIT as i64;
    Ok(with_conn!(conn, |c| {
        let active = projects::status.ne(ARCHIVED);
        let mut found: Vec<Candidate> = Vec::new();
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
        .load::<PlaceMatch>(c)?;
        for place in continents_found {
            let count = projects::table
                .inner_join(countries::table)
                .filter(countries::continent_code.eq(&place.code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            found.push(Candidate {
                what: Suggested::Continent,
                value: place.code,
                label: place.name,
                count,
                starts: place.starts,
            });
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
        .load::<PlaceInMatch>(c)?;
        for place in subs {
            let count = projects::table
                .inner_join(countries::table)
                .filter(countries::subcontinent_code.eq(&place.code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            found.push(Candidate {
                what: Suggested::Subcontinent {
                    continent: place.within,
                },
                value: place.code,
                label: place.name,
                count,
                starts: place.starts,
            });
        }
        let countries_found = matching!(
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
        .load::<PlaceInMatch>(c)?;
        let codes: Vec<&String> = countries_found.iter().map(|p| &p.code).collect();
        let counts = projects::table
            .filter(projects::country_code.eq_any(&codes))
            .filter(active)
            .group_by(projects::country_code)
            .select((projects::country_code, count_star()))
            .load::<(String, i64)>(c)?;
        for place in countries_found {
            let count = counts
                .iter()
                .find(|(code, _)| *code == place.code)
                .map_or(0, |(_, n)| *n);
            found.push(Candidate {
                what: Suggested::Country {
                    continent: place.within,
                },
                value: place.code,
                label: place.name,
                count,
                starts: place.starts,
            });
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
        .load::<PlaceMatch>(c)?;
        for place in regs {
            let count = projects::table
                .inner_join(collectivites::table)
                .filter(collectivites::region_code.eq(&place.code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            found.push(Candidate {
                what: Suggested::Region,
                value: place.code,
                label: place.name,
                count,
                starts: place.starts,
            });
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
        .load::<PlaceInMatch>(c)?;
        for place in deps {
            let count = projects::table
                .inner_join(collectivites::table)
                .filter(collectivites::departement_code.eq(&place.code))
                .filter(active)
                .count()
                .get_result::<i64>(c)?;
            found.push(Candidate {
                what: Suggested::Departement {
                    region: place.within,
                },
                value: place.code,
                label: place.name,
                count,
                starts: place.starts,
            });
        }
        Ok::<_, diesel::result::Error>(found)
    })?)
}
