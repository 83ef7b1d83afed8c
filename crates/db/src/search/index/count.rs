//! One pass over the index: the projects matching every criterion, and for each facet the
//! counts of its values over the projects matching every OTHER criterion (disjunctive
//! faceting, as [`crate::search::facets`] computes it in SQL).

use atlas_domain::{CollectiviteKind, ProjectKind, ProjectStatus, WireEnum};

use crate::DbError;
use crate::search::facets::{Counts, Dimension, TOP_NAMES, years, yes_no};
use crate::search::index::criteria::{Criteria, bit};
use crate::search::index::load::{FacetIndex, NONE};
use crate::stored::Stored;

/// Value counts of one facet, by dictionary position.
#[derive(Default)]
struct Tallies {
    kind: Vec<i64>,
    status: Vec<i64>,
    theme: Vec<i64>,
    continent: Vec<i64>,
    subcontinent: Vec<i64>,
    country: Vec<i64>,
    region: Vec<i64>,
    departement: Vec<i64>,
    collectivite_kind: Vec<i64>,
    /// By collectivité position.
    collectivite: Participations,
    /// By partner position.
    partner: Participations,
    financing: Vec<i64>,
    /// By position in `financing_years`.
    financing_year: Vec<i64>,
    /// Dated projects by position in `spans`.
    spans: Vec<i64>,
    /// (yes, no).
    jumelage: (i64, i64),
    volunteers: (i64, i64),
}

/// Projects per entry, as lead and as co-participant.
#[derive(Default)]
struct Participations {
    lead: Vec<i64>,
    co: Vec<i64>,
}

impl Participations {
    fn zeros(n: usize) -> Self {
        Participations {
            lead: vec![0; n],
            co: vec![0; n],
        }
    }
}

/// The outcome of a pass: matching project positions (in index order) and the facet tallies.
pub struct Tally {
    pub matching: Vec<usize>,
    tallies: Tallies,
}

fn bump(counts: &mut [i64], position: u32) {
    if position != NONE {
        counts[position as usize] += 1;
    }
}

/// Counts every facet of `criteria` over `index`.
pub fn tally(index: &FacetIndex, criteria: &Criteria) -> Tally {
    let zeros = |n: usize| vec![0i64; n];
    let mut t = Tallies {
        kind: zeros(index.kinds.len()),
        status: zeros(index.statuses.len()),
        theme: zeros(index.theme_list.len()),
        continent: zeros(index.continents.len()),
        subcontinent: zeros(index.subcontinents.len()),
        country: zeros(index.countries.len()),
        region: zeros(index.regions.len()),
        departement: zeros(index.departements.len()),
        collectivite_kind: zeros(index.collectivite_kinds.len()),
        collectivite: Participations::zeros(index.collectivites.len()),
        partner: Participations::zeros(index.partners.len()),
        financing: zeros(index.sources.len()),
        financing_year: zeros(index.financing_years.len()),
        spans: zeros(index.spans.len()),
        ..Tallies::default()
    };
    let mut matching = Vec::new();
    let mut sources_seen: Vec<u32> = Vec::new();
    let mut pairs_seen: Vec<u32> = Vec::new();
    for p in criteria.candidates() {
        let row = &index.projects[p];
        let failed = criteria.failed(p, row);
        if failed.count_ones() > 1 {
            continue;
        }
        if failed == 0 {
            matching.push(p);
        }
        // A project counts in a facet when it meets every criterion but that facet's own.
        let counts_in = |dim: Dimension| failed == 0 || failed == bit(dim);
        if counts_in(Dimension::Kind) {
            t.kind[row.kind as usize] += 1;
        }
        if counts_in(Dimension::Status) {
            t.status[row.status as usize] += 1;
        }
        if counts_in(Dimension::Theme) {
            for theme in index.themes.of(p) {
                t.theme[*theme as usize] += 1;
            }
        }
        let country = index.countries.get(row.country as usize);
        if counts_in(Dimension::Continent) {
            bump(&mut t.continent, country.map_or(NONE, |c| c.continent));
        }
        if counts_in(Dimension::Subcontinent) {
            bump(
                &mut t.subcontinent,
                country.map_or(NONE, |c| c.subcontinent),
            );
        }
        if counts_in(Dimension::Country) {
            bump(&mut t.country, row.country);
        }
        let lead = index.collectivites.get(row.collectivite as usize);
        if counts_in(Dimension::Region) {
            bump(&mut t.region, lead.map_or(NONE, |c| c.region));
        }
        if counts_in(Dimension::Departement) {
            bump(&mut t.departement, lead.map_or(NONE, |c| c.departement));
        }
        if counts_in(Dimension::CollectiviteKind) {
            bump(
                &mut t.collectivite_kind,
                lead.map_or(NONE, |c| u32::from(c.kind)),
            );
        }
        if counts_in(Dimension::Collectivite) {
            bump(&mut t.collectivite.lead, row.collectivite);
            for c in index.co_collectivites.of(p) {
                t.collectivite.co[*c as usize] += 1;
            }
        }
        if counts_in(Dimension::Partner) {
            bump(&mut t.partner.lead, row.partner);
            for c in index.co_partners.of(p) {
                t.partner.co[*c as usize] += 1;
            }
        }
        if counts_in(Dimension::Financing) {
            // Distinct projects per source and per (source, year).
            sources_seen.clear();
            pairs_seen.clear();
            for &pair in index.financings.of(p) {
                let source = index.financing_years[pair as usize].0;
                if !sources_seen.contains(&source) {
                    sources_seen.push(source);
                    t.financing[source as usize] += 1;
                }
                if !pairs_seen.contains(&pair) {
                    pairs_seen.push(pair);
                    t.financing_year[pair as usize] += 1;
                }
            }
        }
        if counts_in(Dimension::Year) {
            bump(&mut t.spans, row.span);
        }
        let side = |yes: bool, (with, without): &mut (i64, i64)| {
            if yes { *with += 1 } else { *without += 1 }
        };
        if counts_in(Dimension::Jumelage) {
            side(row.jumelage, &mut t.jumelage);
        }
        if counts_in(Dimension::Volunteers) {
            side(row.volunteers, &mut t.volunteers);
        }
    }
    Tally {
        matching,
        tallies: t,
    }
}

/// (value, label, count) of the non-zero entries of `counts`, labelled from `entries`.
fn listed<E>(counts: &[i64], entries: &[E], entry: impl Fn(&E) -> (String, String)) -> Counts {
    counts
        .iter()
        .zip(entries)
        .filter(|(n, _)| **n > 0)
        .map(|(n, e)| {
            let (value, label) = entry(e);
            (value, label, *n)
        })
        .collect()
}

/// (value, label, count) of the non-zero entries of `counts`, the values of `entries` being
/// stored wire names of `T` (read from `column`), labelled by the domain; an unknown one fails.
fn labelled<T: WireEnum>(
    counts: &[i64],
    entries: &[String],
    column: &'static str,
    label: fn(T) -> &'static str,
) -> Result<Counts, DbError> {
    let labels = entries
        .iter()
        .map(|wire| {
            Ok((
                wire.clone(),
                label(Stored::<T>::parse(column, wire)?).to_owned(),
            ))
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    Ok(listed(counts, &labels, Clone::clone))
}

/// The `TOP_NAMES` entries with the most projects as lead (ties by id), counted as lead and
/// co-participant, as the SQL facet does.
fn top<'a>(counts: &Participations, id_name: impl Fn(usize) -> (i32, &'a str)) -> Counts {
    // (position, projects as lead, id).
    let mut leading: Vec<(usize, i64, i32)> = counts
        .lead
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(p, n)| {
            let (id, _) = id_name(p);
            (p, *n, id)
        })
        .collect();
    leading.sort_by(|(_, n, id), (_, m, other)| m.cmp(n).then(id.cmp(other)));
    leading.truncate(TOP_NAMES as usize);
    leading
        .into_iter()
        .map(|(p, n, _)| {
            let (id, name) = id_name(p);
            (id.to_string(), name.to_owned(), n + counts.co[p])
        })
        .collect()
}

impl Tally {
    /// The (value, label, count) rows of `dim`. A kind or status the code does not know
    /// (read into the index as text) fails.
    pub fn counts(&self, index: &FacetIndex, dim: Dimension) -> Result<Counts, DbError> {
        let t = &self.tallies;
        let entry = |e: &(String, String)| e.clone();
        Ok(match dim {
            Dimension::Kind => {
                labelled(&t.kind, &index.kinds, "projects.kind", ProjectKind::label)?
            }
            Dimension::Status => labelled(
                &t.status,
                &index.statuses,
                "projects.status",
                ProjectStatus::label,
            )?,
            Dimension::Theme => listed(&t.theme, &index.theme_list, |(_, code, name)| {
                (code.clone(), name.clone())
            }),
            Dimension::Continent => listed(&t.continent, &index.continents, entry),
            Dimension::Subcontinent => listed(&t.subcontinent, &index.subcontinents, entry),
            Dimension::Country => listed(&t.country, &index.countries, |c| {
                (c.code.clone(), c.name.clone())
            }),
            Dimension::Region => listed(&t.region, &index.regions, entry),
            Dimension::Departement => listed(&t.departement, &index.departements, entry),
            Dimension::CollectiviteKind => labelled(
                &t.collectivite_kind,
                &index.collectivite_kinds,
                "collectivites.kind",
                CollectiviteKind::label,
            )?,
            Dimension::Collectivite => top(&t.collectivite, |p| {
                let c = &index.collectivites[p];
                (c.id, c.name.as_str())
            }),
            Dimension::Partner => top(&t.partner, |p| {
                let (id, name) = &index.partners[p];
                (*id, name.as_str())
            }),
            Dimension::Financing => listed(&t.financing, &index.sources, |(_, code, short)| {
                (code.clone(), short.clone())
            }),
            Dimension::FinancingYear => listed(
                &t.financing_year,
                &index.financing_years,
                |(source, year)| {
                    let (_, code, short) = &index.sources[*source as usize];
                    (format!("{code}:{year}"), format!("{short} {year}"))
                },
            ),
            Dimension::Year => {
                let spans: Vec<_> = t
                    .spans
                    .iter()
                    .zip(&index.spans)
                    .filter(|(n, _)| **n > 0)
                    .map(|(n, (s, e))| (*s, *e, *n))
                    .collect();
                years(&spans)
            }
            Dimension::Jumelage => yes_no("Jumelage", "Hors jumelage", t.jumelage),
            Dimension::Volunteers => yes_no("Avec volontaires", "Sans volontaires", t.volunteers),
        })
    }
}
