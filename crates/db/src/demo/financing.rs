//! Budgets and co-financings of demo projects: the collectivité's own funds always, then the
//! sources that plausibly co-finance such a project where it takes place.

use atlas_domain::CollectiviteKind;
use rand::Rng;

use super::collectivites::Coll;
use super::rng::{DemoRng, chance, lognormal};

/// Median budget in euros by kind of collectivité.
fn median_budget(coll: &Coll) -> f64 {
    match coll.kind {
        CollectiviteKind::Region => 120_000.0,
        CollectiviteKind::CollectiviteStatutParticulier => 100_000.0,
        CollectiviteKind::Metropole => 80_000.0,
        CollectiviteKind::Departement => 60_000.0,
        CollectiviteKind::CommunauteUrbaine => 40_000.0,
        CollectiviteKind::CommunauteAgglomeration => 25_000.0,
        CollectiviteKind::CommunauteCommunes | CollectiviteKind::Syndicat => 10_000.0,
        CollectiviteKind::Commune => {
            3_000.0 + 2_000.0 * (coll.population.unwrap_or(1_000) as f64 / 10_000.0).sqrt()
        }
    }
}

/// A project budget in cents (rounded to 100 €).
pub fn budget_cents(rng: &mut DemoRng, coll: &Coll, developing: bool, exchange: bool) -> i64 {
    let factor = if developing {
        1.6
    } else if exchange {
        0.7
    } else {
        1.0
    };
    let euros = lognormal(rng, median_budget(coll) * factor, 0.9).clamp(1_000.0, 5_000_000.0);
    ((euros / 100.0).round() as i64) * 100 * 100
}

/// Which sources co-finance a project (source codes with their relative share).
pub fn sources(
    rng: &mut DemoRng,
    continent: &str,
    themes: &[&str],
    cooperation: bool,
) -> Vec<(&'static str, f64)> {
    let developing = !matches!(continent, "europe" | "amerique-nord" | "oceanie");
    let mut out: Vec<(&'static str, f64)> = vec![("fonds-propres", 1.0)];
    let mut add = |code: &'static str, p: f64, share: f64, rng: &mut DemoRng| {
        if chance(rng, p) {
            out.push((code, share));
        }
    };
    add(
        "mae-daect",
        if cooperation && developing {
            0.35
        } else {
            0.05
        },
        0.5,
        rng,
    );
    add("afd", if developing { 0.08 } else { 0.0 }, 0.8, rng);
    add(
        "ue",
        if continent == "europe" { 0.10 } else { 0.05 },
        0.7,
        rng,
    );
    if themes.contains(&"eau-assainissement") {
        add("agence-eau", 0.65, 0.8, rng);
    }
    if themes.contains(&"climat-energie") {
        add("un-pour-cent-energie", 0.40, 0.5, rng);
    }
    if themes.contains(&"gestion-dechets") {
        add("un-pour-cent-dechets", 0.40, 0.5, rng);
    }
    add("autres-collectivites", 0.12, 0.3, rng);
    add(
        "partenaire-etranger",
        if developing { 0.30 } else { 0.40 },
        0.3,
        rng,
    );
    add("autre", 0.05, 0.2, rng);
    out
}

/// Splits `budget` (cents) over `sources` and over up to three years of `years`, as
/// (source code, year, cents). Amounts add up to the budget exactly.
pub fn split(
    rng: &mut DemoRng,
    budget: i64,
    sources: &[(&'static str, f64)],
    years: &[i32],
) -> Vec<(&'static str, i32, i64)> {
    if years.is_empty() || sources.is_empty() {
        return Vec::new();
    }
    let total_share: f64 = sources.iter().map(|(_, s)| s).sum();
    let mut rows = Vec::new();
    for (code, share) in sources {
        let amount = (budget as f64 * share / total_share / 100.0).round() as i64 * 100;
        let n_years = years.len().min(rng.random_range(1..=3));
        let first = rng.random_range(0..=years.len() - n_years);
        let per_year = amount / n_years as i64 / 100 * 100;
        for (k, year) in years[first..first + n_years].iter().enumerate() {
            let cents = if k + 1 == n_years {
                amount - per_year * k as i64
            } else {
                per_year
            };
            rows.push((*code, *year, cents));
        }
    }
    // Rounding residue goes to the collectivité's own funds (always the first source).
    let residue = budget - rows.iter().map(|(_, _, cents)| cents).sum::<i64>();
    if let Some((_, _, cents)) = rows.first_mut() {
        *cents += residue;
    }
    rows.retain(|(_, _, cents)| *cents > 0);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::rng::seeded;

    #[test]
    fn split_adds_up_to_the_budget() {
        let mut rng = seeded(5);
        let sources = [("fonds-propres", 1.0), ("mae-daect", 0.5), ("afd", 0.8)];
        let rows = split(&mut rng, 12_345_600, &sources, &[2008, 2009, 2010, 2011]);
        assert_eq!(
            rows.iter().map(|(_, _, cents)| cents).sum::<i64>(),
            12_345_600
        );
    }
}
