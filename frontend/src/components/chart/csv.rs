//! The data of a chart as CSV (RFC 4180: comma-separated, CRLF, quoted when needed), for
//! the « Télécharger les données » link, and the name of the downloaded file.

use super::data::{Datum, Unit, share};

/// `code,libelle,<valeur>,part_pourcent` then one line per datum. Amounts are in euros with
/// two decimals, percentages with one, both with a dot (machine-readable, like the API).
pub fn csv(data: &[Datum], unit: Unit, whole: i64) -> String {
    let value_header = match unit {
        Unit::Count => "nombre",
        Unit::EuroCents => "montant_euros",
    };
    let mut out = format!("code,libelle,{value_header},part_pourcent\r\n");
    for d in data {
        let value = match unit {
            Unit::Count => d.value.to_string(),
            Unit::EuroCents => format!(
                "{}{}.{:02}",
                if d.value < 0 { "-" } else { "" },
                d.value.abs() / 100,
                d.value.abs() % 100
            ),
        };
        let part = share(d.value, whole)
            .map(|tenths| format!("{}.{}", tenths / 10, tenths % 10))
            .unwrap_or_default();
        out.push_str(&format!(
            "{},{},{value},{part}\r\n",
            field(&d.code),
            field(&d.label)
        ));
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A file name from a chart title: « Projets par thématique » → `projets-par-thematique.csv`.
pub fn file_name(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    format!("{}.csv", if slug.is_empty() { "donnees" } else { slug })
}

/// The letters of French text without their accents (enough for file names).
fn fold(c: char) -> Vec<char> {
    let plain = match c {
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ÿ' | 'Ÿ' => 'y',
        'œ' | 'Œ' => return vec!['o', 'e'],
        'æ' | 'Æ' => return vec!['a', 'e'],
        c => c,
    };
    vec![plain]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_a_header_a_line_per_datum_and_quotes_when_needed() {
        let data = [
            Datum::new("culture", "Culture", 30),
            Datum::new("eau", "Eau, assainissement", 10),
        ];
        assert_eq!(
            csv(&data, Unit::Count, 40),
            "code,libelle,nombre,part_pourcent\r\nculture,Culture,30,75.0\r\n\
             eau,\"Eau, assainissement\",10,25.0\r\n"
        );
    }

    #[test]
    fn amounts_are_euros_with_two_decimals() {
        let data = [Datum::new("2014", "2014", 6_234_567_891)];
        assert_eq!(
            csv(&data, Unit::EuroCents, 0),
            "code,libelle,montant_euros,part_pourcent\r\n2014,2014,62345678.91,\r\n"
        );
    }

    #[test]
    fn file_names_are_plain_ascii() {
        assert_eq!(
            file_name("Projets par thématique – Côte d'Ivoire"),
            "projets-par-thematique-cote-d-ivoire.csv"
        );
        assert_eq!(file_name("…"), "donnees.csv");
    }
}
