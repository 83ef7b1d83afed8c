//! JSON and GeoJSON exports: an array of objects keyed by the chosen columns
//! (`ExportRecord`), or an RFC 7946 FeatureCollection with one point per project — at its
//! partner authority or, without one, at its collectivité (`[longitude, latitude]`) — and the
//! same objects as properties. Values in the API's conventions (wire names, euro cents).

use atlas_domain::{ExportColumn, ExportFeature, ExportRecord, ExportRow};

use super::stream::Encoder;

/// The document an encoder writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `[record, …]`
    Records,
    /// `{"type":"FeatureCollection","features":[feature, …]}`
    Features,
}

pub struct JsonEncoder {
    shape: Shape,
    columns: Vec<ExportColumn>,
    site: String,
}

impl JsonEncoder {
    pub fn new(shape: Shape, columns: &[ExportColumn], site: &str) -> Self {
        JsonEncoder {
            shape,
            columns: columns.to_vec(),
            site: site.to_owned(),
        }
    }

    /// Writes `items` as the next elements of the array (the first ones when `first`).
    fn elements<T: serde::Serialize>(
        items: impl Iterator<Item = T>,
        mut first: bool,
    ) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        for item in items {
            if !std::mem::take(&mut first) {
                out.push(b',');
            }
            out.push(b'\n');
            serde_json::to_writer(&mut out, &item)?;
        }
        Ok(out)
    }
}

impl Encoder for JsonEncoder {
    fn head(&self) -> std::io::Result<Vec<u8>> {
        Ok(match self.shape {
            Shape::Records => b"[".to_vec(),
            Shape::Features => br#"{"type":"FeatureCollection","features":["#.to_vec(),
        })
    }

    fn rows(&self, rows: &[ExportRow], first: bool) -> std::io::Result<Vec<u8>> {
        let (columns, site) = (&self.columns, &self.site);
        match self.shape {
            Shape::Records => Self::elements(
                rows.iter().map(|row| ExportRecord::new(row, columns, site)),
                first,
            ),
            Shape::Features => Self::elements(
                rows.iter()
                    .map(|row| ExportFeature::new(row, columns, site)),
                first,
            ),
        }
    }

    fn tail(&self) -> Vec<u8> {
        match self.shape {
            Shape::Records => b"\n]\n".to_vec(),
            Shape::Features => b"\n]}\n".to_vec(),
        }
    }
}
