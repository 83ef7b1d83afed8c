//! XLSX export (rust_xlsxwriter): one sheet "Projets", a bold header row frozen above the rows,
//! an autofilter, column widths by content, amounts as numbers in euros. The sheet is written
//! row by row in constant-memory mode from the batches of rows; only the finished, zipped file
//! is held in memory.

use atlas_db::DbConn;
use atlas_db::exports::{BATCH, RowReader};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::Export;
use super::cells::{Cell, cell, width};

/// Rows of a sheet, header included (the format's limit).
pub const MAX_ROWS: usize = 1_048_576;

/// Longest text a cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Why a workbook could not be built.
#[derive(Debug, thiserror::Error)]
pub enum XlsxBuildError {
    #[error(transparent)]
    Db(#[from] atlas_db::DbError),
    #[error(transparent)]
    Xlsx(#[from] XlsxError),
}

/// The workbook of `export`, read batch by batch on `conn`.
pub fn workbook(conn: &mut DbConn, export: &Export) -> Result<Vec<u8>, XlsxBuildError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("Projets")?;
    let bold = Format::new().set_bold();
    let euros = Format::new().set_num_format("# ##0 €");
    let columns = export.columns();
    for (c, column) in (0u16..).zip(columns) {
        sheet.set_column_width(c, f64::from(width(*column)))?;
        sheet.write_string_with_format(0, c, column.label(), &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut r: u32 = 0;
    let mut reader = RowReader::new();
    for batch in export.ids.chunks(BATCH) {
        for row in reader.rows(conn, batch)? {
            r += 1;
            for (c, column) in (0u16..).zip(columns) {
                match cell(&row, *column, &export.site) {
                    Cell::Empty => {}
                    // Ids, years and counts are far below 2^53: exact as f64.
                    Cell::Int(n) => {
                        sheet.write_number(r, c, n as f64)?;
                    }

                    Cell::Euros(cents) => {
                        sheet.write_number_with_format(r, c, cents as f64 / 100.0, &euros)?;
                    }
                    Cell::Text(text) => {
                        let text: String = text.chars().take(MAX_CELL_CHARS).collect();
                        sheet.write_string(r, c, text)?;
                    }
                }
            }
        }
    }
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(0, 0, r, last_col)?;
    Ok(book.save_to_buffer()?)
}
