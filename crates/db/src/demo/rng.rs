//! Deterministic sampling helpers over a seeded ChaCha generator.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The generator every demo step draws from: same seed, same dataset.
pub type DemoRng = ChaCha8Rng;

pub fn seeded(seed: u64) -> DemoRng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// True with probability `p`.
pub fn chance(rng: &mut DemoRng, p: f64) -> bool {
    rng.random::<f64>() < p
}

/// A uniformly chosen element (`None` on an empty slice).
pub fn pick<'a, T>(rng: &mut DemoRng, items: &'a [T]) -> Option<&'a T> {
    if items.is_empty() {
        None
    } else {
        Some(&items[rng.random_range(0..items.len())])
    }
}

/// An index drawn with probability proportional to its weight (weights ≥ 0, not all 0).
pub fn weighted_index(rng: &mut DemoRng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    let mut target = rng.random::<f64>() * total;
    for (i, w) in weights.iter().enumerate() {
        if target < *w {
            return i;
        }
        target -= w;
    }
    weights.iter().rposition(|w| *w > 0.0).unwrap_or(0)
}

/// `k` distinct indexes drawn with probability proportional to weight (Efraimidis–Spirakis),
/// returned in decreasing key order (the heaviest tend to come first).
pub fn sample_weighted(rng: &mut DemoRng, weights: &[f64], k: usize) -> Vec<usize> {
    let mut keyed: Vec<(f64, usize)> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let u: f64 = rng.random_range(f64::MIN_POSITIVE..1.0);
            let key = if *w > 0.0 {
                u.ln() / w
            } else {
                f64::NEG_INFINITY
            };
            (key, i)
        })
        .collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().take(k).map(|(_, i)| i).collect()
}

/// Splits `total` into integer parts proportional to `weights` (largest remainder method):
/// the parts add up to `total` exactly.
pub fn apportion(total: usize, weights: &[f64]) -> Vec<usize> {
    let sum: f64 = weights.iter().sum();
    if weights.is_empty() || sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| w / sum * total as f64).collect();
    let mut parts: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        let ra = exact[a] - exact[a].floor();
        let rb = exact[b] - exact[b].floor();
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    let missing = total - parts.iter().sum::<usize>();
    for &i in order.iter().take(missing) {
        parts[i] += 1;
    }
    parts
}

/// A log-normal draw with the given median and shape (Box–Muller).
pub fn lognormal(rng: &mut DemoRng, median: f64, sigma: f64) -> f64 {
    let u1: f64 = rng.random_range(f64::MIN_POSITIVE..1.0);
    let u2: f64 = rng.random();
    let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    median * (sigma * z).exp()
}

/// Fisher–Yates shuffle.
pub fn shuffle<T>(rng: &mut DemoRng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = rng.random_range(0..=i);
        items.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_is_exact() {
        assert_eq!(apportion(10, &[1.0, 1.0, 1.0]).iter().sum::<usize>(), 10);
        assert_eq!(apportion(7, &[3.0, 1.0]), vec![5, 2]);
        assert_eq!(apportion(5, &[0.0, 0.0]), vec![0, 0]);
    }

    #[test]
    fn weighted_sampling_is_distinct_and_deterministic() {
        let weights: Vec<f64> = (1..=100).map(f64::from).collect();
        let a = sample_weighted(&mut seeded(7), &weights, 30);
        let b = sample_weighted(&mut seeded(7), &weights, 30);
        assert_eq!(a, b);
        let mut sorted = a.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 30);
    }
}
