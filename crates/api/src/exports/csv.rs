//! CSV export: UTF-8 with a byte-order mark (so Excel reads the accents right), a header of
//! French column labels, comma-separated, RFC 4180 quoting.

use atlas_domain::{ExportColumn, ExportRow};

use super::cells::{Cell, cell};
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

fn finish(writer: csv::Writer<Vec<u8>>) -> std::io::Result<Vec<u8>> {
    writer.into_inner().map_err(|e| e.into_error())
}

impl Encoder for CsvEncoder {
    fn head(&self) -> std::io::Result<Vec<u8>> {
        let mut writer = csv::Writer::from_writer(BOM.to_vec());
        writer.write_record(self.columns.iter().map(|c| c.label()))?;
        finish(writer)
    }

    fn rows(&self, rows: &[ExportRow], _first: bool) -> std::io::Result<Vec<u8>> {
        // Each cell goes straight from the row to the output: text borrowed, numbers through
        // one reused buffer.
        let mut writer = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 256));
        let mut number = String::new();
        for row in rows {
            for column in &self.columns {
                match cell(row, *column, &self.site) {
                    Cell::Text(text) => writer.write_field(text.as_bytes())?,
                    other => {
                        number.clear();
                        other.push_text(&mut number);
                        writer.write_field(number.as_bytes())?;
                    }
                }
            }
            // An empty record after the fields ends the line.
            writer.write_record(None::<&[u8]>)?;
        }
        finish(writer)
    }

    fn tail(&self) -> Vec<u8> {
        Vec::new()
    }
}
