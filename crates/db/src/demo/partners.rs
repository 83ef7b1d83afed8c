//! Foreign partner authorities, placed on real cities (GeoNames) of the countries that carry
//! each continent's activity. Most are municipalities; some are provinces, districts or
//! groupings, named the way their country names them where that is well known.

use atlas_domain::PartnerKind;

use super::epoch;
use super::refdata::RefData;
use super::rng::{DemoRng, apportion, sample_weighted, weighted_index};
use crate::models::PartnerRow;
use crate::text::fold_key;

#[derive(Debug, Clone)]
pub struct Partner {
    pub id: i32,
    pub name: String,
    pub kind: PartnerKind,
    pub country: String,
    /// The city it is placed on (titles name the place, not the authority).
    pub city: String,
    pub geonameid: i64,
    pub lat: f64,
    pub lon: f64,
    /// How many French partners it tends to attract.
    pub weight: f64,
}

/// Kind mix: municipalities dominate; regions and districts are commoner outside Europe.
fn kind_weights(continent: &str) -> [(PartnerKind, f64); 5] {
    let (province, district) = if continent == "europe" {
        (6.0, 3.0)
    } else {
        (12.0, 8.0)
    };
    [
        (PartnerKind::Municipalite, 100.0 - province - district - 3.0),
        (PartnerKind::Province, province),
        (PartnerKind::District, district),
        (PartnerKind::Groupement, 2.0),
        (PartnerKind::Autre, 1.0),
    ]
}

pub fn authority_name(kind: PartnerKind, country: &str, city: &str) -> String {
    match (kind, country) {
        (PartnerKind::Municipalite, _) => city.to_owned(),
        (PartnerKind::Province, "DE") => format!("Landkreis {city}"),
        (PartnerKind::Province, "IT") => format!("Provincia di {city}"),
        (PartnerKind::Province, "ES") => format!("Provincia de {city}"),
        (PartnerKind::Province, "PT") => format!("Distrito de {city}"),
        (PartnerKind::Province, "PL") => format!("Powiat {city}"),
        (PartnerKind::Province, "RO") => format!("Județul {city}"),
        (PartnerKind::Province, "GB" | "IE" | "US") => format!("{city} County"),
        (PartnerKind::Province, "SN" | "ML" | "BF" | "NE" | "MR" | "CI" | "GN" | "TD") => {
            format!("Région de {city}")
        }
        (PartnerKind::Province, _) => format!("Province de {city}"),
        (PartnerKind::District, "GB") => format!("{city} District Council"),
        (PartnerKind::District, _) => format!("District de {city}"),
        (PartnerKind::Groupement, _) => format!("Intercommunalité de {city}"),
        (PartnerKind::Autre, _) => format!("Autorité locale de {city}"),
    }
}

/// Splits `total` partners over countries by weight, at least one each, never more than a
/// country's capacity (the excess goes to the others).
fn allocate(total: usize, weights: &[f64], capacity: &[usize]) -> Vec<usize> {
    let n = weights.len();
    let mut alloc = vec![1usize; n];
    let mut open: Vec<bool> = capacity.iter().map(|&c| c > 1).collect();
    let mut left = total.saturating_sub(n);
    while left > 0 && open.iter().any(|&o| o) {
        let w: Vec<f64> = (0..n)
            .map(|i| if open[i] { weights[i] } else { 0.0 })
            .collect();
        let shares = apportion(left, &w);
        left = 0;
        for i in 0..n {
            let room = capacity[i].saturating_sub(alloc[i]);
            let take = shares[i].min(room);
            alloc[i] += take;
            left += shares[i] - take;
            if alloc[i] >= capacity[i] {
                open[i] = false;
            }
        }
    }
    alloc
}

/// Creates `count` partners on `continent`, spread over `countries` (code, weight).
pub fn create(
    rng: &mut DemoRng,
    data: &RefData,
    continent: &str,
    countries: &[(&str, f64)],
    count: usize,
    next_id: &mut i32,
) -> Vec<Partner> {
    let empty = Vec::new();
    let city_lists: Vec<_> = countries
        .iter()
        .map(|(code, _)| data.cities.get(*code).unwrap_or(&empty))
        .collect();
    // Each city can hold a municipality and one wider authority; beyond that, numbered
    // districts (only reached by `atlas seed --scale N` with a large N).
    let capacity: Vec<usize> = city_lists.iter().map(|c| (c.len() * 40).max(1)).collect();
    let weights: Vec<f64> = countries.iter().map(|(_, w)| *w).collect();
    let alloc = allocate(count, &weights, &capacity);
    let kinds = kind_weights(continent);
    let kind_w: Vec<f64> = kinds.iter().map(|(_, w)| *w).collect();

    let mut out = Vec::with_capacity(count);
    for ((code, _), (cities, n)) in countries.iter().zip(city_lists.iter().zip(alloc)) {
        if cities.is_empty() {
            continue;
        }
        // Twin towns in Europe are often small; partners elsewhere are mostly larger cities.
        let exponent = if continent == "europe" { 0.5 } else { 0.85 };
        let city_w: Vec<f64> = cities
            .iter()
            .map(|c| (c.population.unwrap_or(5_000).max(1) as f64).powf(exponent))
            .collect();
        // Cities in the order they get used: weighted, without replacement, then cycled.
        let order = sample_weighted(rng, &city_w, cities.len());
        let mut used_names = std::collections::BTreeSet::new();
        for k in 0..n {
            let city = &cities[order[k % order.len()]];
            let round = k / order.len();
            let mut kind = kinds[weighted_index(rng, &kind_w)].0;
            // A city has one municipality: later rounds over the same cities are wider authorities.
            if round > 0 && kind == PartnerKind::Municipalite {
                kind = PartnerKind::District;
            }
            let mut name = authority_name(kind, code, &city.name);
            let mut suffix = 2;
            while !used_names.insert(name.clone()) {
                name = format!("{} ({suffix})", authority_name(kind, code, &city.name));
                suffix += 1;
            }
            let weight = city_w[order[k % order.len()]]
                * if kind == PartnerKind::Province {
                    2.0
                } else {
                    1.0
                };
            out.push(Partner {
                id: *next_id,
                name,
                kind,
                country: (*code).to_owned(),
                city: city.name.clone(),
                geonameid: city.geonameid,
                lat: city.lat,
                lon: city.lon,
                weight,
            });
            *next_id += 1;
        }
    }
    out
}

/// The partners' rows.
pub fn partner_rows(partners: &[Partner]) -> Vec<PartnerRow> {
    partners
        .iter()
        .map(|p| PartnerRow {
            id: p.id,
            name: p.name.clone(),
            name_folded: fold_key(&p.name),
            kind: p.kind.as_str().to_owned(),
            country_code: p.country.clone(),
            geonameid: Some(p.geonameid),
            admin_area: None,
            lat: Some(p.lat),
            lon: Some(p.lon),
            website: None,
            version: 1,
            created_at: epoch(),
            updated_at: epoch(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_respects_minimum_and_capacity() {
        let alloc = allocate(100, &[10.0, 1.0, 1.0], &[30, 200, 200]);
        assert_eq!(alloc.iter().sum::<usize>(), 100);
        assert_eq!(alloc[0], 30);
        assert!(alloc.iter().all(|&a| a >= 1));
    }
}
