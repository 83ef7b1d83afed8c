//! CSV export: UTF-8 with a byte-order mark (so Excel reads the accents right), a header of
//! French column labels, comma-separated, RFC 4180 quoting.

use atlas_domain::{ExportColumn, ExportRow};

use super::cells::cell;
use super::stream::Encoder;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

pub struct CsvEncoder {
    columns: Vec<ExportColumn>,
    site: String,
}

impl CsvEncoder {
    pub fn new(columns: &[ExportColumn], site: &str) -> Self {
        CsvEncoder {
            columns: columns.to_vec(),
            site: site.to_owned(),
        }
    }
}

/// Writes `records` as CSV lines after `start`.
fn lines<I, R>(start: Vec<u8>, records: I) -> std::io::Result<Vec<u8>>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut writer = csv::Writer::from_writer(start);
    for record in records {
        writer.write_record(record)?;
    }
    writer.into_inner().map_err(|e| e.into_error())
}

impl Encoder for CsvEncoder {
    fn head(&mut self) -> std::io::Result<Vec<u8>> {
        let labels = self.columns.iter().map(|c| c.label());
        lines(BOM.to_vec(), [labels])
    }

    fn rows(&mut self, rows: &[ExportRow]) -> std::io::Result<Vec<u8>> {
        let records = rows.iter().map(|row| {
            self.columns
                .iter()
                .map(|column| cell(row, *column, &self.site).text())
                .collect::<Vec<_>>()
        });
        lines(Vec::with_capacity(rows.len() * 256), records)
    }

    fn tail(&mut self) -> Vec<u8> {
        Vec::new()
    }
}
