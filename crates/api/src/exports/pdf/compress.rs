//! Compresses a rendered PDF: printpdf writes page contents uncompressed (about 3 KB a table
//! row), so the report is read back with lopdf and every stream deflated (a tenth of that).

/// `pdf` with its streams deflated.
pub fn compress(pdf: &[u8]) -> Result<Vec<u8>, lopdf::Error> {
    let mut doc = lopdf::Document::load_mem(pdf)?;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            stream.allows_compression = true;
        }
    }
    doc.compress();
    let mut out = Vec::with_capacity(pdf.len() / 4);
    doc.save_to(&mut out)?;
    Ok(out)
}
