//! What a chart shows: labelled values, their unit and the base of their percentages, and the
//! French formatting of each.

use crate::format;

/// One bar or point: a category (or a year) and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Datum {
    /// Machine code of the category (`culture`, `2014`); the CSV's first column.
    pub code: String,
    /// What users read (« Culture », « 2014 »).
    pub label: String,
    pub value: i64,
    /// A colour of its own (the kinds' blue, yellow, red); the DSFR blue otherwise.
    pub colour: Option<&'static str>,
}

impl Datum {
    pub fn new(code: impl Into<String>, label: impl Into<String>, value: i64) -> Self {
        Datum {
            code: code.into(),
            label: label.into(),
            value,
            colour: None,
        }
    }

    pub fn with_colour(mut self, colour: &'static str) -> Self {
        self.colour = Some(colour);
        self
    }
}

/// What the values count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// Numbers of things (projects, collectivités).
    #[default]
    Count,
    /// Amounts in euro cents, shown in euros.
    EuroCents,
}

impl Unit {
    /// A value for people: « 1 234 », « 62,3 M€ », « 850 k€ ».
    pub fn format(self, value: i64) -> String {
        match self {
            Unit::Count => format::integer(value),
            Unit::EuroCents => euros(value),
        }
    }

    /// The header of the value column.
    pub fn header(self) -> &'static str {
        match self {
            Unit::Count => "Nombre",
            Unit::EuroCents => "Montant",
        }
    }
}

/// Cents as a short French amount: millions with one decimal from 1 M€, thousands below.
pub fn euros(cents: i64) -> String {
    let euros = cents / 100;
    if euros.abs() >= 1_000_000 {
        format!("{}\u{a0}M€", format::millions_of_euros(cents))
    } else if euros.abs() >= 10_000 {
        format!("{}\u{a0}k€", format::integer((euros + 500) / 1000))
    } else {
        format!("{}\u{a0}€", format::integer(euros))
    }
}

/// `part / whole` as a French percentage with one decimal (« 34,2 % »); « – » without a whole.
pub fn percent(part: i64, whole: i64) -> String {
    match share(part, whole) {
        Some(tenths) => format!("{},{}\u{a0}%", tenths / 10, tenths % 10),
        None => "–".to_owned(),
    }
}

/// `part / whole` in tenths of a percent, rounded; `None` when `whole` is not positive.
pub fn share(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 1000 + whole / 2) / whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_in_millions_thousands_or_euros() {
        assert_eq!(euros(6_234_567_890), "62,3\u{a0}M€");
        assert_eq!(euros(85_049_900), "850\u{a0}k€");
        assert_eq!(euros(950_000), "9\u{202F}500\u{a0}€");
    }

    #[test]
    fn percentages_have_one_decimal_and_survive_an_empty_whole() {
        assert_eq!(percent(1, 3), "33,3\u{a0}%");
        assert_eq!(percent(2, 3), "66,7\u{a0}%");
        assert_eq!(percent(5, 0), "–");
        assert_eq!(share(120, 120), Some(1000));
    }
}
