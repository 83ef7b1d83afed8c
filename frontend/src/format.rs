//! French number formatting: thousands grouped with a narrow no-break space (« 12 756 »),
//! decimal comma (« 62,3 »), and the plural rule of French (0 and 1 are singular).

/// U+202F NARROW NO-BREAK SPACE, the French thousands separator (« espace fine insécable »).
pub const THIN_SPACE: char = '\u{202F}';

/// An integer the French way: `12756` → « 12 756 », `-1500` → « -1 500 ».
pub fn integer(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
    if value < 0 {
        grouped.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(THIN_SPACE);
        }
        grouped.push(digit);
    }
    grouped
}

/// An amount in euro cents as millions of euros with one decimal: `6_234_567_890` → « 62,3 ».
pub fn millions_of_euros(cents: i64) -> String {
    const TENTH_OF_MILLION_IN_CENTS: i64 = 10_000_000;
    let half = TENTH_OF_MILLION_IN_CENTS / 2;
    let rounded = if cents >= 0 {
        (cents + half) / TENTH_OF_MILLION_IN_CENTS
    } else {
        (cents - half) / TENTH_OF_MILLION_IN_CENTS
    };
    let sign = if rounded < 0 { "-" } else { "" };
    let tenths = rounded.abs();
    format!("{sign}{},{}", integer(tenths / 10), tenths % 10)
}

/// A date the French way: « 09/05/2017 ».
pub fn date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// The date of a UTC time, the French way.
pub fn day_of(time: chrono::DateTime<chrono::Utc>) -> String {
    date(time.date_naive())
}

/// `count` followed by the right form of its noun: « 1 projet », « 12 756 projets ».
pub fn count_with_noun(count: i64, singular: &str, plural: &str) -> String {
    let noun = if count.abs() < 2 { singular } else { plural };
    format!("{} {noun}", integer(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_grouped_by_thousands_with_a_thin_space() {
        assert_eq!(integer(0), "0");
        assert_eq!(integer(999), "999");
        assert_eq!(integer(1000), "1\u{202F}000");
        assert_eq!(integer(12_756), "12\u{202F}756");
        assert_eq!(integer(1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(integer(-1500), "-1\u{202F}500");
    }

    #[test]
    fn cents_become_millions_of_euros_with_one_decimal() {
        assert_eq!(millions_of_euros(6_234_567_890), "62,3");
        assert_eq!(millions_of_euros(6_235_000_000), "62,4");
        assert_eq!(millions_of_euros(0), "0,0");
        assert_eq!(millions_of_euros(123_456_000_000), "1\u{202F}234,6");
    }

    #[test]
    fn dates_read_day_month_year() {
        let d = chrono::NaiveDate::from_ymd_opt(2017, 5, 9).unwrap();
        assert_eq!(date(d), "09/05/2017");
    }

    #[test]
    fn french_plural_treats_zero_and_one_as_singular() {
        assert_eq!(count_with_noun(0, "projet", "projets"), "0 projet");
        assert_eq!(count_with_noun(1, "projet", "projets"), "1 projet");
        assert_eq!(count_with_noun(2, "projet", "projets"), "2 projets");
    }
}
