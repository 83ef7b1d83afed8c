//! A resolved filter compiled against the facet index: for each project, which criteria it
//! fails, as a bit set over the facet dimensions (the same semantics as the SQL filter in
//! [`crate::search::filter`]: AND across criteria, OR within one).

use crate::projects::ARCHIVED;
use crate::search::facets::Dimension;
use crate::search::filter::Resolved;
use crate::search::index::load::{FacetIndex, NONE, ProjectRow};
use crate::search::index::order::KeywordMatches;

/// The bit of the criterion `dim` relaxes (both financing facets relax the one financing
/// criterion).
pub fn bit(dim: Dimension) -> u32 {
    let dim = match dim {
        Dimension::FinancingYear => Dimension::Financing,
        other => other,
    };
    1 << dim as u32
}

/// Which values of a dictionary a criterion accepts; `None` when the criterion is not set.
type Accepts = Option<Vec<bool>>;

fn accepts(len: usize, chosen: impl Iterator<Item = Option<usize>>) -> Vec<bool> {
    let mut set = vec![false; len];
    for p in chosen.flatten() {
        set[p] = true;
    }
    set
}

fn codes<'a>(dict: impl Iterator<Item = &'a String> + Clone, chosen: &[String]) -> Accepts {
    (!chosen.is_empty()).then(|| {
        let all: Vec<&String> = dict.collect();
        accepts(
            all.len(),
            chosen.iter().map(|c| all.iter().position(|d| *d == c)),
        )
    })
}

fn has(set: &Accepts, position: u32) -> bool {
    match set {
        None => true,
        Some(set) => position != NONE && set[position as usize],
    }
}

/// A filter ready to test projects of one index.
pub struct Criteria<'a> {
    index: &'a FacetIndex,
    /// Projects the keywords match (by position); `None` without keywords.
    words: Option<&'a KeywordMatches>,
    kinds: Accepts,
    statuses: Vec<bool>,
    themes: Accepts,
    jumelage: Option<bool>,
    /// (source position, optional year), OR-ed.
    financings: Option<Vec<(u32, Option<i32>)>>,
    year_from: Option<i32>,
    year_to: Option<i32>,
    continents: Accepts,
    subcontinents: Accepts,
    countries: Accepts,
    regions: Accepts,
    departements: Accepts,
    collectivite_kinds: Accepts,
    collectivites: Accepts,
    partners: Accepts,
    volunteers: Option<bool>,
}

impl<'a> Criteria<'a> {
    pub fn compile(
        index: &'a FacetIndex,
        r: &Resolved,
        words: Option<&'a KeywordMatches>,
    ) -> Criteria<'a> {
        let f = &r.filter;
        let statuses = index
            .statuses
            .iter()
            .map(|s| {
                if f.statuses.is_empty() {
                    s != ARCHIVED.0.as_str()
                } else {
                    f.statuses.iter().any(|c| c.as_str() == s)
                }
            })
            .collect();
        let kinds: Vec<String> = f.kinds.iter().map(|k| k.as_str().to_owned()).collect();
        let collectivite_kinds: Vec<String> = f
            .collectivite_kinds
            .iter()
            .map(|k| k.as_str().to_owned())
            .collect();
        // Positions of the chosen ids, found in the index's own id-sorted lists (no per-request
        // copy of their id columns).
        let by_id = |ids: &[i32], len: usize, find: &dyn Fn(i32) -> Option<usize>| -> Accepts {
            (!ids.is_empty()).then(|| accepts(len, ids.iter().map(|id| find(*id))))
        };
        let themes = by_id(&r.theme_ids, index.theme_list.len(), &|id| {
            index.theme_list.iter().position(|t| t.0 == id)
        });
        let financings = (!r.financings.is_empty()).then(|| {
            r.financings
                .iter()
                .filter_map(|(source, year)| {
                    let p = index.sources.iter().position(|s| s.0 == *source)?;
                    Some((p as u32, *year))
                })
                .collect()
        });
        Criteria {
            index,
            words,
            kinds: codes(index.kinds.iter(), &kinds),
            statuses,
            themes,
            jumelage: f.jumelage,
            financings,
            year_from: f.year_from,
            year_to: f.year_to,
            continents: codes(index.continents.iter().map(|e| &e.0), &f.continents),
            subcontinents: codes(index.subcontinents.iter().map(|e| &e.0), &f.subcontinents),
            countries: codes(index.countries.iter().map(|c| &c.code), &f.countries),
            regions: codes(index.regions.iter().map(|e| &e.0), &f.regions),
            departements: codes(index.departements.iter().map(|e| &e.0), &f.departements),
            collectivite_kinds: codes(index.collectivite_kinds.iter(), &collectivite_kinds),
            collectivites: by_id(&f.collectivites, index.collectivites.len(), &|id| {
                index.collectivites.binary_search_by_key(&id, |c| c.id).ok()
            }),
            partners: by_id(&f.partners, index.partners.len(), &|id| {
                index.partners.binary_search_by_key(&id, |p| p.0).ok()
            }),
            volunteers: f.volunteers,
        }
    }

    /// The positions of the projects the keywords (never relaxed by a facet) match, in index
    /// order: every project without keywords.
    pub fn candidates(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        match self.words {
            Some(w) => Box::new(w.positions()),
            None => Box::new(0..self.index.projects.len()),
        }
    }

    /// The bits of the criteria the project at `p` fails.
    pub fn failed(&self, p: usize, row: &ProjectRow) -> u32 {
        let ix = self.index;
        let mut failed = 0;
        let mut check = |dim: Dimension, ok: bool| {
            if !ok {
                failed |= bit(dim);
            }
        };
        check(Dimension::Status, self.statuses[row.status as usize]);
        check(Dimension::Kind, has(&self.kinds, u32::from(row.kind)));
        if let Some(themes) = &self.themes {
            check(
                Dimension::Theme,
                ix.themes.of(p).iter().any(|t| themes[*t as usize]),
            );
        }
        if let Some(jumelage) = self.jumelage {
            check(Dimension::Jumelage, row.jumelage == jumelage);
        }
        if let Some(financings) = &self.financings {
            let ok = ix.financings.of(p).iter().any(|pair| {
                let (source, year) = ix.financing_years[*pair as usize];
                financings
                    .iter()
                    .any(|(s, y)| *s == source && y.is_none_or(|y| y == year))
            });
            check(Dimension::Financing, ok);
        }
        let to_ok = self
            .year_to
            .is_none_or(|to| row.start_year.is_none_or(|s| s <= to));
        let from_ok = self
            .year_from
            .is_none_or(|from| row.end_year.is_none_or(|e| e >= from));
        check(Dimension::Year, to_ok && from_ok);
        let country = ix.countries.get(row.country as usize);
        let of_country =
            |pick: fn(&crate::search::index::load::CountryEntry) -> u32| country.map_or(NONE, pick);
        check(
            Dimension::Continent,
            has(&self.continents, of_country(|c| c.continent)),
        );
        check(
            Dimension::Subcontinent,
            has(&self.subcontinents, of_country(|c| c.subcontinent)),
        );
        check(Dimension::Country, has(&self.countries, row.country));
        let lead = ix.collectivites.get(row.collectivite as usize);
        check(
            Dimension::Region,
            has(&self.regions, lead.map_or(NONE, |c| c.region)),
        );
        check(
            Dimension::Departement,
            has(&self.departements, lead.map_or(NONE, |c| c.departement)),
        );
        check(
            Dimension::CollectiviteKind,
            has(
                &self.collectivite_kinds,
                lead.map_or(NONE, |c| u32::from(c.kind)),
            ),
        );
        if self.collectivites.is_some() {
            let ok = has(&self.collectivites, row.collectivite)
                || ix
                    .co_collectivites
                    .of(p)
                    .iter()
                    .any(|c| has(&self.collectivites, *c));
            check(Dimension::Collectivite, ok);
        }
        if self.partners.is_some() {
            let ok = has(&self.partners, row.partner)
                || ix.co_partners.of(p).iter().any(|c| has(&self.partners, *c));
            check(Dimension::Partner, ok);
        }
        if let Some(volunteers) = self.volunteers {
            check(Dimension::Volunteers, row.volunteers == volunteers);
        }
        failed
    }
}
