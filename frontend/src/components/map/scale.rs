//! Sizes and placement of the markers: radius on a square-root scale (the disc's area grows
//! with the count) and small per-kind offsets so that the three markers of one country do not
//! hide each other.

use atlas_domain::MarkerKind;

/// Radius, in pixels, of the smallest marker.
pub const MIN_RADIUS: f64 = 4.0;
/// Radius, in pixels, of the marker with the largest count of the layer.
pub const MAX_RADIUS: f64 = 26.0;

/// Radius of a marker standing for `count` when the largest count on the map is `max_count`.
pub fn radius(count: i64, max_count: i64) -> f64 {
    if count <= 0 || max_count <= 0 {
        return MIN_RADIUS;
    }
    let ratio = (count as f64 / max_count as f64).min(1.0);
    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * ratio.sqrt()
}

/// Screen offset `(dx, dy)` in pixels (y downwards) of a marker of `kind` and `radius` sharing
/// its place with markers of other kinds: blue to the lower left, yellow to the lower right, red
/// above, each pushed out in proportion to its size. Smaller markers are drawn on top, so every
/// marker stays visible and clickable.
pub fn offset(kind: MarkerKind, radius: f64) -> (f64, f64) {
    let (x, y) = match kind {
        MarkerKind::CooperationDecentralisee => (-0.866, 0.5),
        MarkerKind::AutreActionExterieure => (0.866, 0.5),
        MarkerKind::DemandeCooperation => (0.0, -1.0),
    };
    let distance = 2.0 + 0.4 * radius;
    (x * distance, y * distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radius_grows_with_the_square_root_of_the_count() {
        assert_eq!(radius(100, 100), MAX_RADIUS);
        assert_eq!(radius(0, 100), MIN_RADIUS);
        let quarter = radius(25, 100);
        assert!((quarter - (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * 0.5)).abs() < 1e-9);
    }

    #[test]
    fn radius_never_exceeds_the_maximum_nor_divides_by_zero() {
        assert_eq!(radius(500, 100), MAX_RADIUS);
        assert_eq!(radius(3, 0), MIN_RADIUS);
    }

    #[test]
    fn the_three_kinds_move_in_different_directions() {
        let offsets: Vec<_> = MarkerKind::ALL
            .iter()
            .map(|kind| offset(*kind, 10.0))
            .collect();
        for (i, a) in offsets.iter().enumerate() {
            for b in offsets.iter().skip(i + 1) {
                let gap = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(gap > 5.0, "{a:?} and {b:?} are too close");
            }
        }
    }
}
