//! Partnerships between collectivités and partner authorities of one continent, and how many
//! projects each carries.
//!
//! Every collectivité active on the continent and every partner authority there gets at least
//! one partnership, and every partnership at least one project, so the published counts hold
//! exactly. Large collectivités tend to pair with large cities (slots sorted by weight, with
//! noise), as twinnings usually do.
//!
//! Once every continent is paired, the links are merged where a pair came out twice, the
//! non-conventioned ones are picked, and they become the partnerships' rows.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rand::Rng;

use super::collectivites::Coll;
use super::epoch;
use super::partners::Partner;
use super::rng::{DemoRng, lognormal, sample_weighted, weighted_index};
use crate::models::PartnershipRow;

#[derive(Debug, Clone)]
pub struct Link {
    /// Index into the collectivités.
    pub coll: usize,
    /// Index into the partners (all continents).
    pub partner: usize,
    /// Index of the continent in `PUBLISHED`.
    pub continent: usize,
    pub projects: usize,
    pub conventioned: bool,
    pub jumelage: bool,
    pub since_year: i32,
    pub convention_date: Option<NaiveDate>,
}

/// Pairs `members` (collectivité indexes) with `partners` (indexes into `all_partners`) into
/// partnerships carrying `projects` projects in all.
pub fn pair(
    rng: &mut DemoRng,
    colls: &[Coll],
    members: &[usize],
    all_partners: &[Partner],
    partners: &[usize],
    continent: usize,
    projects: usize,
) -> Vec<Link> {
    let (n, m) = (members.len(), partners.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let floor = n.max(m);
    let links = (floor + ((projects.saturating_sub(floor)) as f64 * 0.35).round() as usize)
        .min(projects.max(floor))
        .min(n * m);

    let coll_w: Vec<f64> = members.iter().map(|&i| colls[i].reach).collect();
    let partner_w: Vec<f64> = partners.iter().map(|&i| all_partners[i].weight).collect();
    let mut coll_slots = slots(rng, &coll_w, links);
    let mut partner_slots = slots(rng, &partner_w, links);
    sort_by_noisy_weight(rng, &mut coll_slots, &coll_w);
    sort_by_noisy_weight(rng, &mut partner_slots, &partner_w);
    dedupe_pairs(rng, &coll_slots, &mut partner_slots);

    let mut out: Vec<Link> = coll_slots
        .iter()
        .zip(&partner_slots)
        .map(|(&c, &p)| Link {
            coll: members[c],
            partner: partners[p],
            continent,
            projects: 1,
            conventioned: true,
            jumelage: false,
            since_year: 2000,
            convention_date: None,
        })
        .collect();
    let reach: Vec<f64> = out.iter().map(|l| colls[l.coll].reach).collect();
    for _ in out.len()..projects {
        let k = weighted_index(rng, &reach);
        out[k].projects += 1;
    }
    out
}

/// One slot per item, plus `total - n` extra slots drawn by weight.
fn slots(rng: &mut DemoRng, weights: &[f64], total: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (0..weights.len()).collect();
    for _ in weights.len()..total {
        out.push(weighted_index(rng, weights));
    }
    out
}

fn sort_by_noisy_weight(rng: &mut DemoRng, slots: &mut [usize], weights: &[f64]) {
    let mut keyed: Vec<(f64, usize)> = slots
        .iter()
        .map(|&s| (weights[s] * lognormal(rng, 1.0, 0.8), s))
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (slot, (_, s)) in slots.iter_mut().zip(keyed) {
        *slot = s;
    }
}

/// Swaps partner slots until no (collectivité, partner) pair appears twice.
fn dedupe_pairs(rng: &mut DemoRng, colls: &[usize], partners: &mut [usize]) {
    let len = partners.len();
    let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
    for i in 0..len {
        if seen.insert((colls[i], partners[i])) {
            continue;
        }
        // Find a later slot to swap with that breaks the duplicate without creating another.
        let mut fixed = false;
        for _ in 0..len * 4 {
            let j = rng.random_range(0..len);
            if j == i {
                continue;
            }
            let a = (colls[i], partners[j]);
            let b = (colls[j], partners[i]);
            let j_done = j < i;
            if seen.contains(&a) || (j_done && seen.contains(&b)) || a == b {
                continue;
            }
            if j_done {
                seen.remove(&(colls[j], partners[j]));
                seen.insert(b);
            }
            partners.swap(i, j);
            seen.insert(a);
            fixed = true;
            break;
        }
        if !fixed {
            // Pathological (tiny continent): keep the duplicate, merged later by the caller.
            seen.insert((colls[i], partners[i]));
        }
    }
}

/// Flags twinnings and dates partnerships. Twinnings are conventioned, mostly European and old.
pub fn date_and_flag(rng: &mut DemoRng, link: &mut Link, continent: &str) {
    let jumelage_p = match continent {
        "europe" => 0.62,
        "amerique-nord" => 0.35,
        _ => 0.12,
    };
    link.jumelage = link.conventioned && rng.random::<f64>() < jumelage_p;
    link.since_year = if link.jumelage && continent == "europe" && rng.random::<f64>() < 0.4 {
        rng.random_range(1955..=1985)
    } else {
        rng.random_range(1986..=2020)
    };
    link.convention_date = if link.conventioned {
        NaiveDate::from_ymd_opt(
            link.since_year,
            rng.random_range(1..=12),
            rng.random_range(1..=28),
        )
    } else {
        None
    };
}

/// A failed dedupe leaves two links for one pair: fold them into one.
pub fn merge_duplicates(links: &mut Vec<Link>) {
    let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut kept: Vec<Link> = Vec::with_capacity(links.len());
    for link in links.drain(..) {
        match seen.get(&(link.coll, link.partner)) {
            Some(&at) => kept[at].projects += link.projects,
            None => {
                seen.insert((link.coll, link.partner), kept.len());
                kept.push(link);
            }
        }
    }
    *links = kept;
}

/// Non-conventioned partnerships carry the "autres actions extérieures": pick them (more
/// often outside Europe) until their projects reach the target.
pub fn mark_other_actions(
    rng: &mut DemoRng,
    links: &mut [Link],
    continents: &[&str],
    target: usize,
) {
    let weights: Vec<f64> = links
        .iter()
        .map(|l| {
            if continents[l.continent] == "europe" {
                1.0
            } else {
                3.0
            }
        })
        .collect();
    let mut total = 0;
    for i in sample_weighted(rng, &weights, links.len()) {
        if total >= target {
            break;
        }
        if total + links[i].projects <= target + 2 {
            links[i].conventioned = false;
            total += links[i].projects;
        }
    }
}

/// The partnerships' rows, ids in link order.
pub fn partnership_rows(
    colls: &[Coll],
    partners: &[Partner],
    links: &[Link],
) -> Vec<PartnershipRow> {
    links
        .iter()
        .zip(1..)
        .map(|(l, id)| PartnershipRow {
            id,
            collectivite_id: colls[l.coll].id,
            partner_id: partners[l.partner].id,
            is_jumelage: l.jumelage,
            convention_date: l.convention_date,
            since_year: Some(l.since_year),
            version: 1,
            created_at: epoch(),
            updated_at: epoch(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::rng::seeded;

    #[test]
    fn dedupe_leaves_distinct_pairs() {
        let mut rng = seeded(3);
        let colls = vec![0, 0, 0, 1, 1, 2, 2, 2, 3, 3];
        let mut partners = vec![0, 0, 1, 1, 1, 2, 2, 3, 3, 4];
        dedupe_pairs(&mut rng, &colls, &mut partners);
        let pairs: BTreeSet<_> = colls.iter().zip(&partners).collect();
        assert_eq!(pairs.len(), colls.len());
    }
}
