//! The published figures the demo dataset reproduces (seed 004 / DESIGN.md), and the
//! editorial weights that place the activity on plausible countries.

/// One row of the published per-continent table.
#[derive(Debug, Clone, Copy)]
pub struct ContinentTarget {
    pub code: &'static str,
    pub collectivites: usize,
    pub partners: usize,
    pub countries: usize,
    pub projects: usize,
}

const fn target(
    code: &'static str,
    collectivites: usize,
    partners: usize,
    countries: usize,
    projects: usize,
) -> ContinentTarget {
    ContinentTarget {
        code,
        collectivites,
        partners,
        countries,
        projects,
    }
}

/// French collectivités / partner authorities / countries / projects per continent.
/// A collectivité active on several continents counts in each.
pub const PUBLISHED: [ContinentTarget; 7] = [
    target("europe", 4326, 6441, 48, 8526),
    target("afrique", 787, 1199, 38, 2969),
    target("asie", 171, 270, 19, 637),
    target("amerique-nord", 347, 397, 3, 532),
    target("amerique-centrale-caraibes", 79, 93, 11, 185),
    target("amerique-sud", 70, 108, 12, 229),
    target("oceanie", 19, 25, 4, 27),
];

/// Distinct French collectivités in the Atlas (circular of 2015: 4,788).
pub const DISTINCT_COLLECTIVITES: usize = 4800;
/// Projects that are "autres actions extérieures" (circular of 2015: 753).
pub const OTHER_ACTIONS: usize = 753;

/// The countries of each continent that carry the activity, with their relative weight in
/// partner authorities (exactly the published number of countries per continent).
pub const COUNTRY_WEIGHTS: [(&str, &[(&str, f64)]); 7] = [
    (
        "europe",
        &[
            ("DE", 30.0),
            ("IT", 14.0),
            ("GB", 11.0),
            ("ES", 8.0),
            ("PL", 6.0),
            ("BE", 5.0),
            ("RO", 4.0),
            ("PT", 3.5),
            ("CH", 2.5),
            ("IE", 2.0),
            ("AT", 2.0),
            ("HU", 2.0),
            ("CZ", 1.5),
            ("NL", 1.2),
            ("RU", 1.2),
            ("GR", 1.0),
            ("LU", 0.8),
            ("BG", 0.8),
            ("TR", 0.8),
            ("SK", 0.6),
            ("HR", 0.6),
            ("DK", 0.6),
            ("SE", 0.6),
            ("RS", 0.6),
            ("UA", 0.6),
            ("AM", 0.5),
            ("LT", 0.4),
            ("FI", 0.4),
            ("NO", 0.4),
            ("BA", 0.4),
            ("MD", 0.4),
            ("SI", 0.3),
            ("LV", 0.3),
            ("MK", 0.3),
            ("AL", 0.3),
            ("GE", 0.3),
            ("EE", 0.2),
            ("MT", 0.2),
            ("CY", 0.2),
            ("BY", 0.2),
            ("ME", 0.15),
            ("XK", 0.15),
            ("IS", 0.1),
            ("AZ", 0.1),
            ("AD", 0.1),
            ("MC", 0.05),
            ("SM", 0.05),
            ("LI", 0.05),
        ],
    ),
    (
        "afrique",
        &[
            ("SN", 14.0),
            ("BF", 13.0),
            ("ML", 12.0),
            ("MA", 8.0),
            ("BJ", 6.0),
            ("CM", 6.0),
            ("MG", 5.0),
            ("NE", 5.0),
            ("TN", 5.0),
            ("TG", 4.0),
            ("CI", 3.5),
            ("MR", 3.0),
            ("DZ", 2.5),
            ("GN", 2.0),
            ("CD", 1.5),
            ("CG", 1.2),
            ("GA", 1.0),
            ("TD", 1.0),
            ("BI", 1.0),
            ("RW", 0.8),
            ("CF", 0.6),
            ("KM", 0.6),
            ("DJ", 0.5),
            ("ZA", 0.8),
            ("EG", 0.8),
            ("ET", 0.5),
            ("KE", 0.4),
            ("MZ", 0.4),
            ("GH", 0.4),
            ("NG", 0.3),
            ("CV", 0.6),
            ("GM", 0.3),
            ("GW", 0.3),
            ("SC", 0.2),
            ("MU", 0.5),
            ("TZ", 0.3),
            ("UG", 0.2),
            ("LY", 0.1),
        ],
    ),
    (
        "asie",
        &[
            ("VN", 14.0),
            ("CN", 13.0),
            ("JP", 11.0),
            ("IN", 7.0),
            ("LB", 6.0),
            ("IL", 6.0),
            ("PS", 6.0),
            ("KH", 5.0),
            ("LA", 4.0),
            ("KR", 3.0),
            ("TH", 2.0),
            ("ID", 1.5),
            ("PH", 1.0),
            ("MN", 1.5),
            ("UZ", 1.0),
            ("JO", 1.0),
            ("MY", 0.6),
            ("SG", 0.4),
            ("NP", 0.6),
        ],
    ),
    ("amerique-nord", &[("US", 55.0), ("CA", 44.0), ("GL", 1.0)]),
    (
        "amerique-centrale-caraibes",
        &[
            ("HT", 30.0),
            ("MX", 25.0),
            ("CU", 10.0),
            ("NI", 8.0),
            ("DO", 6.0),
            ("GT", 5.0),
            ("SV", 4.0),
            ("HN", 4.0),
            ("CR", 3.0),
            ("PA", 2.0),
            ("DM", 3.0),
        ],
    ),
    (
        "amerique-sud",
        &[
            ("BR", 30.0),
            ("AR", 14.0),
            ("CL", 14.0),
            ("PE", 9.0),
            ("BO", 8.0),
            ("CO", 8.0),
            ("EC", 5.0),
            ("UY", 5.0),
            ("PY", 2.0),
            ("VE", 2.0),
            ("SR", 1.5),
            ("GY", 1.5),
        ],
    ),
    (
        "oceanie",
        &[("VU", 9.0), ("AU", 8.0), ("NZ", 6.0), ("FJ", 2.0)],
    ),
];

/// Bourse projets: 34 countries where French collectivités are little present, weighted.
pub const BOURSE_COUNTRIES: [(&str, f64); 34] = [
    ("SN", 6.0),
    ("ML", 5.0),
    ("BF", 6.0),
    ("CM", 5.0),
    ("BJ", 5.0),
    ("MG", 5.0),
    ("TG", 4.0),
    ("CI", 4.0),
    ("MA", 4.0),
    ("TN", 3.0),
    ("NE", 3.0),
    ("GN", 3.0),
    ("CD", 3.0),
    ("TD", 2.0),
    ("BI", 2.0),
    ("CG", 2.0),
    ("GA", 1.5),
    ("MR", 2.0),
    ("VN", 3.0),
    ("KH", 2.0),
    ("LA", 2.0),
    ("IN", 2.0),
    ("MN", 1.0),
    ("PS", 2.0),
    ("LB", 2.0),
    ("HT", 3.0),
    ("BR", 2.0),
    ("MX", 2.0),
    ("CO", 1.5),
    ("PE", 1.5),
    ("BO", 1.5),
    ("AM", 1.5),
    ("MD", 1.5),
    ("UA", 1.5),
];
/// Open (published) Bourse requests and their distinct authorities.
pub const BOURSE_OPEN_REQUESTS: usize = 137;
pub const BOURSE_AUTHORITIES: usize = 109;

/// Yearly APD totals in euros, 2003–2015: within the published 45–72 M€ range, ≈ 62 M€ on
/// average, peaking around 2010.
pub const APD_YEARLY_EUROS: [(i32, i64); 13] = [
    (2003, 45_200_000),
    (2004, 47_900_000),
    (2005, 51_300_000),
    (2006, 54_000_000),
    (2007, 56_800_000),
    (2008, 60_500_000),
    (2009, 66_200_000),
    (2010, 71_400_000),
    (2011, 64_800_000),
    (2012, 59_700_000),
    (2013, 61_900_000),
    (2014, 57_300_000),
    (2015, 60_600_000),
];
/// Share of the APD going to Africa ("près des trois quarts").
pub const APD_AFRICA_SHARE: f64 = 0.75;

/// Countries whose partners can receive APD lines (OECD DAC recipients of the period).
/// High-income partners (Germany, Japan, the United States…) are not ODA-eligible.
pub fn oda_eligible(country: &str, continent: &str) -> bool {
    match continent {
        "afrique" => true,
        "asie" => !matches!(country, "JP" | "KR" | "SG" | "IL"),
        "amerique-centrale-caraibes" | "amerique-sud" => true,
        "europe" => matches!(
            country,
            "AL" | "BA"
                | "MK"
                | "RS"
                | "ME"
                | "XK"
                | "MD"
                | "UA"
                | "BY"
                | "TR"
                | "GE"
                | "AM"
                | "AZ"
        ),
        "oceanie" => matches!(country, "VU" | "FJ"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_lists_match_the_published_counts() {
        for t in PUBLISHED {
            let (_, list) = COUNTRY_WEIGHTS.iter().find(|(c, _)| *c == t.code).unwrap();
            assert_eq!(list.len(), t.countries, "{}", t.code);
        }
    }

    #[test]
    fn apd_totals_stay_in_the_published_range() {
        for (_, euros) in APD_YEARLY_EUROS {
            assert!((45_000_000..=72_000_000).contains(&euros));
        }
    }
}
