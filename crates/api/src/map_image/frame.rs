//! The area a map image shows and its projection onto the picture (equirectangular, with the
//! longitude scaled by the cosine of the middle latitude so shapes keep their proportions).

use atlas_domain::MarkerLayer;
use atlas_geodata::topo::{Feature, Polygon};

/// Width of every picture, in SVG user units (pixels when rendered 1:1).
pub const WIDTH: f64 = 800.0;
/// Height of the map area, between the title band and the legend band.
const MIN_HEIGHT: f64 = 420.0;
const MAX_HEIGHT: f64 = 760.0;
/// Smallest span shown, in degrees of latitude (a city-state still gets some context).
const MIN_SPAN: f64 = 1.5;

/// A longitude/latitude box and how it maps onto `WIDTH × height`.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub min_lon: f64,
    pub min_lat: f64,
    pub max_lon: f64,
    pub max_lat: f64,
    /// Horizontal stretch of a degree of longitude relative to one of latitude.
    x_scale: f64,
    /// Picture units per degree of latitude.
    k: f64,
    pub height: f64,
}

/// The polygons that frame a feature: its largest one, and those near it (so France frames
/// metropolitan France, not the overseas départements; an archipelago keeps its islands).
pub fn main_polygons(feature: &Feature) -> Vec<&Polygon> {
    let Some(largest) = feature
        .polygons
        .iter()
        .max_by(|a, b| ring_area(a).total_cmp(&ring_area(b)))
    else {
        return Vec::new();
    };
    let b = bbox(std::iter::once(largest));
    let reach = (b[2] - b[0]).max(b[3] - b[1]).max(MIN_SPAN);
    feature
        .polygons
        .iter()
        .filter(|p| {
            let c = bbox(std::iter::once(*p));
            c[0] < b[2] + reach && c[2] > b[0] - reach && c[1] < b[3] + reach && c[3] > b[1] - reach
        })
        .collect()
}

fn ring_area(polygon: &Polygon) -> f64 {
    polygon.first().map_or(0.0, |ring| {
        ring.windows(2)
            .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
            .sum::<f64>()
            .abs()
            / 2.0
    })
}

/// `[min_lon, min_lat, max_lon, max_lat]` of the outer rings.
fn bbox<'a>(polygons: impl Iterator<Item = &'a Polygon>) -> [f64; 4] {
    let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for p in polygons.filter_map(|p| p.first()).flatten() {
        extend(&mut b, *p);
    }
    b
}

fn extend(b: &mut [f64; 4], p: [f64; 2]) {
    b[0] = b[0].min(p[0]);
    b[1] = b[1].min(p[1]);
    b[2] = b[2].max(p[0]);
    b[3] = b[3].max(p[1]);
}

impl Frame {
    /// The box around `polygons`, widened to the markers that lie near it (a marker far away,
    /// such as an overseas collectivité, does not shrink the map to a dot), or around `centre`
    /// when there is no shape; padded, and stretched to a readable aspect ratio.
    pub fn around(
        polygons: Option<Vec<&Polygon>>,
        centre: Option<[f64; 2]>,
        markers: &MarkerLayer,
    ) -> Frame {
        let mut b = match polygons {
            Some(p) if !p.is_empty() => bbox(p.into_iter()),
            _ => {
                let c = centre
                    .or_else(|| markers.features.first().map(|f| f.geometry.coordinates))
                    .unwrap_or([2.5, 46.5]);
                [c[0] - 1.0, c[1] - 1.0, c[0] + 1.0, c[1] + 1.0]
            }
        };
        let reach = (b[2] - b[0]).max(b[3] - b[1]) * 0.25;
        let core = b;
        for m in &markers.features {
            let [lon, lat] = m.geometry.coordinates;
            if lon > core[0] - reach
                && lon < core[2] + reach
                && lat > core[1] - reach
                && lat < core[3] + reach
            {
                extend(&mut b, [lon, lat]);
            }
        }
        Frame::fit(b)
    }

    fn fit(b: [f64; 4]) -> Frame {
        let pad_lat = ((b[3] - b[1]) * 0.08).max(0.2);
        let (mut min_lat, mut max_lat) = (b[1] - pad_lat, b[3] + pad_lat);
        if max_lat - min_lat < MIN_SPAN {
            let mid = (min_lat + max_lat) / 2.0;
            (min_lat, max_lat) = (mid - MIN_SPAN / 2.0, mid + MIN_SPAN / 2.0);
        }
        (min_lat, max_lat) = (min_lat.max(-85.0), max_lat.min(85.0));
        let x_scale = ((min_lat + max_lat) / 2.0).to_radians().cos().max(0.2);
        let pad_lon = ((b[2] - b[0]) * 0.08).max(0.2);
        let (mut min_lon, mut max_lon) = (b[0] - pad_lon, b[2] + pad_lon);

        // Units per degree so that the width fits, then widen whichever side is short so the
        // height stays between MIN_HEIGHT and MAX_HEIGHT.
        let mut k = WIDTH / ((max_lon - min_lon) * x_scale);
        let mut height = (max_lat - min_lat) * k;
        if height > MAX_HEIGHT {
            k = MAX_HEIGHT / (max_lat - min_lat);
            height = MAX_HEIGHT;
            let span = WIDTH / (k * x_scale);
            let mid = (min_lon + max_lon) / 2.0;
            (min_lon, max_lon) = (mid - span / 2.0, mid + span / 2.0);
        } else if height < MIN_HEIGHT {
            let span = MIN_HEIGHT / k;
            let mid = (min_lat + max_lat) / 2.0;
            (min_lat, max_lat) = (mid - span / 2.0, mid + span / 2.0);
            height = MIN_HEIGHT;
        }
        Frame {
            min_lon,
            min_lat,
            max_lon,
            max_lat,
            x_scale,
            k,
            height,
        }
    }

    /// Picture coordinates of a point.
    pub fn project(&self, [lon, lat]: [f64; 2]) -> (f64, f64) {
        (
            (lon - self.min_lon) * self.x_scale * self.k,
            (self.max_lat - lat) * self.k,
        )
    }

    /// Whether a shape with this box can show in the frame.
    pub fn overlaps(&self, b: [f64; 4]) -> bool {
        b[0] <= self.max_lon && b[2] >= self.min_lon && b[1] <= self.max_lat && b[3] >= self.min_lat
    }

    /// Whether a point shows in the frame.
    pub fn contains(&self, [lon, lat]: [f64; 2]) -> bool {
        (self.min_lon..=self.max_lon).contains(&lon) && (self.min_lat..=self.max_lat).contains(&lat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(lon: f64, lat: f64, side: f64) -> Polygon {
        vec![vec![
            [lon, lat],
            [lon + side, lat],
            [lon + side, lat + side],
            [lon, lat + side],
            [lon, lat],
        ]]
    }

    #[test]
    fn frames_the_main_land_and_keeps_proportions() {
        let feature = Feature {
            properties: Default::default(),
            polygons: vec![square(0.0, 44.0, 6.0), square(-60.0, 15.0, 0.5)],
        };
        let main = main_polygons(&feature);
        assert_eq!(main.len(), 1, "the far island does not frame the map");
        let frame = Frame::around(Some(main), None, &MarkerLayer::new(Vec::new()));
        assert!(frame.contains([3.0, 47.0]));
        assert!(!frame.contains([-60.0, 15.0]));
        assert!((MIN_HEIGHT..=MAX_HEIGHT).contains(&frame.height));
        let (x0, y0) = frame.project([frame.min_lon, frame.max_lat]);
        let (x1, y1) = frame.project([frame.max_lon, frame.min_lat]);
        assert!(x0.abs() < 1e-6 && y0.abs() < 1e-6);
        assert!((x1 - WIDTH).abs() < 1e-6, "{x1}");
        assert!((y1 - frame.height).abs() < 1e-6, "{y1}");
    }

    #[test]
    fn a_point_without_shape_gets_a_readable_frame() {
        let frame = Frame::around(None, Some([7.42, 43.73]), &MarkerLayer::new(Vec::new()));
        assert!(frame.contains([7.42, 43.73]));
        assert!(frame.max_lat - frame.min_lat >= MIN_SPAN);
    }
}
