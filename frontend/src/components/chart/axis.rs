//! Value axes: a « nice » maximum and round tick values (1, 2 or 5 times a power of ten), so
//! gridlines fall on numbers people read at a glance.

/// Ticks from 0 to a round maximum covering `max`, at most `count + 1` of them.
pub fn ticks(max: i64, count: i64) -> Vec<i64> {
    if max <= 0 || count <= 0 {
        return vec![0];
    }
    let raw_step = (max as f64 / count as f64).max(1.0);
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw_step)
        .unwrap_or(10.0 * magnitude) as i64;
    let step = step.max(1);
    let top = (max + step - 1) / step * step;
    (0..=top / step).map(|i| i * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(ticks(87, 4), [0, 50, 100]);
        assert_eq!(ticks(3, 4), [0, 1, 2, 3]);
        assert_eq!(
            ticks(6_234_567_890, 4),
            [
                0,
                2_000_000_000,
                4_000_000_000,
                6_000_000_000,
                8_000_000_000
            ]
        );
        assert_eq!(ticks(0, 4), [0]);
    }
}
