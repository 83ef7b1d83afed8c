//! The embedded geography, prepared in memory then inserted in batches.

use std::collections::BTreeMap;

use atlas_geodata::topo;
use diesel::prelude::*;

use super::ReferenceCounts;
use crate::DbError;
use crate::models::*;
use crate::schema::*;
use crate::text::fold_key;

/// Continents: (code, French name as in countries.csv, English name).
const CONTINENTS: [(&str, &str, &str); 8] = [
    ("europe", "Europe", "Europe"),
    ("afrique", "Afrique", "Africa"),
    ("asie", "Asie", "Asia"),
    ("amerique-nord", "Amérique du Nord", "North America"),
    (
        "amerique-centrale-caraibes",
        "Amérique centrale et Caraïbes",
        "Central America and the Caribbean",
    ),
    ("amerique-sud", "Amérique du Sud", "South America"),
    ("oceanie", "Océanie", "Oceania"),
    ("antarctique", "Antarctique", "Antarctica"),
];

/// English names of the M49 sub-regions used in countries.csv.
const SUBCONTINENTS_EN: [(&str, &str); 23] = [
    ("Afrique du Nord", "Northern Africa"),
    ("Afrique de l'Ouest", "Western Africa"),
    ("Afrique de l'Est", "Eastern Africa"),
    ("Afrique centrale", "Middle Africa"),
    ("Afrique australe", "Southern Africa"),
    ("Caraïbes", "Caribbean"),
    ("Amérique centrale", "Central America"),
    ("Amérique du Sud", "South America"),
    ("Amérique du Nord", "Northern America"),
    ("Asie centrale", "Central Asia"),
    ("Asie de l'Est", "Eastern Asia"),
    ("Asie du Sud-Est", "South-eastern Asia"),
    ("Asie du Sud", "Southern Asia"),
    ("Asie de l'Ouest", "Western Asia"),
    ("Europe de l'Est", "Eastern Europe"),
    ("Europe du Nord", "Northern Europe"),
    ("Europe du Sud", "Southern Europe"),
    ("Europe de l'Ouest", "Western Europe"),
    ("Australie et Nouvelle-Zélande", "Australia and New Zealand"),
    ("Mélanésie", "Melanesia"),
    ("Micronésie", "Micronesia"),
    ("Polynésie", "Polynesia"),
    ("Antarctique", "Antarctica"),
];

/// URL-friendly identifier: "Afrique de l'Ouest" → "afrique-de-l-ouest".
pub fn slug(text: &str) -> String {
    let folded = fold_key(text);
    let mut out = String::with_capacity(folded.len());
    for ch in folded.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Code of a continent from its French name in countries.csv.
pub fn continent_code(name_fr: &str) -> Option<&'static str> {
    CONTINENTS
        .iter()
        .find(|(_, fr, _)| *fr == name_fr)
        .map(|(code, _, _)| *code)
}

/// Sub-continents are keyed by (continent, name): M49's "Asie de l'Ouest" holds countries the
/// brief places in Europe (TR, CY, AM, GE, AZ), so it appears under both continents, and the
/// browse hierarchy stays a tree. The Europe one gets a distinct code.
fn subcontinent_code(continent: &str, name_fr: &str) -> String {
    let base = slug(name_fr);
    let natural = base.split('-').next().unwrap_or_default();
    let continent_first = continent.split('-').next().unwrap_or_default();
    let belongs = natural == continent_first
        || (continent_first == "amerique" && (base == "caraibes" || base.starts_with("amerique")))
        || (continent == "oceanie"
            && matches!(
                base.as_str(),
                "australie-et-nouvelle-zelande" | "melanesie" | "micronesie" | "polynesie"
            ));
    if belongs {
        base
    } else {
        format!("{base}-{continent}")
    }
}

/// Everything to insert, prepared outside the transaction.
pub(super) struct Prepared {
    continents: Vec<ContinentRow>,
    subcontinents: Vec<SubcontinentRow>,
    countries: Vec<CountryRow>,
    regions: Vec<RegionRow>,
    departements: Vec<DepartementRow>,
    communes: Vec<CommuneRow>,
    epcis: Vec<EpciRow>,
    cities: Vec<CityRow>,
}

impl Prepared {
    pub(super) fn build() -> Result<Prepared, DbError> {
        let continents = CONTINENTS
            .iter()
            .zip(1..)
            .map(|((code, fr, en), position)| ContinentRow {
                code: (*code).to_owned(),
                name_fr: (*fr).to_owned(),
                name_en: (*en).to_owned(),
                position,
            })
            .collect();

        let mut subcontinents = BTreeMap::new();
        let mut countries = Vec::new();
        for c in atlas_geodata::countries()? {
            let continent = continent_code(&c.continent_fr).ok_or_else(|| {
                DbError::Invalid(format!(
                    "unknown continent {} for {}",
                    c.continent_fr, c.iso2
                ))
            })?;
            let sub_code = subcontinent_code(continent, &c.subcontinent_fr);
            let name_en = SUBCONTINENTS_EN
                .iter()
                .find(|(fr, _)| *fr == c.subcontinent_fr)
                .map_or_else(|| c.subcontinent_fr.clone(), |(_, en)| (*en).to_owned());
            subcontinents
                .entry(sub_code.clone())
                .or_insert_with(|| SubcontinentRow {
                    code: sub_code.clone(),
                    continent_code: continent.to_owned(),
                    name_fr: c.subcontinent_fr.clone(),
                    name_en,
                });
            countries.push(CountryRow {
                code: c.iso2,
                iso3: c.iso3,
                numeric_code: c.numeric,
                name_fr: c.name_fr,
                name_en: c.name_en,
                continent_code: continent.to_owned(),
                subcontinent_code: sub_code,
                lat: c.lat,
                lon: c.lon,
            });
        }

        let regions = atlas_geodata::regions()?
            .into_iter()
            .map(|r| RegionRow {
                code: r.code,
                name: r.nom,
                siren: r.siren,
                chef_lieu_insee: r.chef_lieu_insee,
                lat: r.lat,
                lon: r.lon,
            })
            .collect();
        let departements: Vec<DepartementRow> = atlas_geodata::departements()?
            .into_iter()
            .map(|d| DepartementRow {
                code: d.code,
                name: d.nom,
                region_code: d.region_code,
                siren: d.siren,
                chef_lieu_insee: d.chef_lieu_insee,
                lat: d.lat,
                lon: d.lon,
            })
            .collect();
        let communes: Vec<CommuneRow> = atlas_geodata::communes()?
            .into_iter()
            .map(|c| CommuneRow {
                name_folded: fold_key(&c.nom),
                insee: c.insee,
                name: c.nom,
                siren: c.siren,
                departement_code: c.departement,
                region_code: c.region,
                population: c.population,
                lat: c.lat,
                lon: c.lon,
            })
            .collect();
        let epcis = place_epcis(&departements, &communes)?;
        let cities = atlas_geodata::cities()?
            .into_iter()
            .map(|c| CityRow {
                name_folded: fold_key(&c.name),
                geonameid: c.geonameid,
                name: c.name,
                country_code: c.country_iso2,
                population: c.population,
                lat: c.lat,
                lon: c.lon,
            })
            .collect();
        Ok(Prepared {
            continents,
            subcontinents: subcontinents.into_values().collect(),
            countries,
            regions,
            departements,
            communes,
            epcis,
            cities,
        })
    }

    pub(super) fn insert<C>(&self, c: &mut C) -> QueryResult<ReferenceCounts>
    where
        C: InsertAll,
    {
        c.insert_all(self)
    }
}

/// EPCI rows carry no département: place each by its (population-weighted) point in the
/// département outlines, falling back to the département of the nearest commune (points on a
/// simplified coastline can fall just outside every outline).
fn place_epcis(deps: &[DepartementRow], communes: &[CommuneRow]) -> Result<Vec<EpciRow>, DbError> {
    let outlines = topo::decode(atlas_geodata::FRANCE_TOPOJSON, "departements")
        .map_err(|e| DbError::Invalid(e.to_string()))?;
    let boxes: Vec<[f64; 4]> = outlines.iter().map(topo::Feature::bbox).collect();
    let region_of: BTreeMap<&str, &str> = deps
        .iter()
        .map(|d| (d.code.as_str(), d.region_code.as_str()))
        .collect();
    let mut rows = Vec::new();
    for e in atlas_geodata::epcis()? {
        let departement = match (e.lon, e.lat) {
            (Some(lon), Some(lat)) => outlines
                .iter()
                .zip(&boxes)
                .find(|(f, b)| {
                    lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3] && f.contains(lon, lat)
                })
                .map(|(f, _)| f.prop("code").to_owned())
                .or_else(|| nearest_commune_departement(communes, lon, lat)),
            _ => None,
        };
        let region = departement
            .as_deref()
            .and_then(|d| region_of.get(d))
            .map(|r| (*r).to_owned());
        rows.push(EpciRow {
            name_folded: fold_key(&e.nom),
            siren: e.siren,
            name: e.nom,
            kind: e.kind,
            population: e.population,
            member_count: e.member_count,
            departement_code: departement,
            region_code: region,
            lat: e.lat,
            lon: e.lon,
        });
    }
    Ok(rows)
}

fn nearest_commune_departement(communes: &[CommuneRow], lon: f64, lat: f64) -> Option<String> {
    communes
        .iter()
        .filter_map(|c| Some((c, (c.lon? - lon).powi(2) + (c.lat? - lat).powi(2))))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c.departement_code.clone())
}

/// Batch insertion of the prepared rows, implemented for both connection types.
pub(super) trait InsertAll {
    fn insert_all(&mut self, p: &Prepared) -> QueryResult<ReferenceCounts>;
}

macro_rules! impl_insert_all {
    ($conn:ty) => {
        impl InsertAll for $conn {
            fn insert_all(&mut self, p: &Prepared) -> QueryResult<ReferenceCounts> {
                let c = self;
                insert_batches!(c, continents::table, &p.continents)?;
                insert_batches!(c, subcontinents::table, &p.subcontinents)?;
                let countries = insert_batches!(c, countries::table, &p.countries)?;
                insert_batches!(c, regions::table, &p.regions)?;
                insert_batches!(c, departements::table, &p.departements)?;
                let communes = insert_batches!(c, communes::table, &p.communes)?;
                let epcis = insert_batches!(c, epcis::table, &p.epcis)?;
                let cities = insert_batches!(c, cities::table, &p.cities)?;
                Ok(ReferenceCounts {
                    countries,
                    communes,
                    epcis,
                    cities,
                })
            }
        }
    };
}
impl_insert_all!(diesel::SqliteConnection);
impl_insert_all!(diesel::PgConnection);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_dashed() {
        assert_eq!(slug("Afrique de l'Ouest"), "afrique-de-l-ouest");
        assert_eq!(
            slug("Amérique centrale et Caraïbes"),
            "amerique-centrale-et-caraibes"
        );
    }

    #[test]
    fn west_asia_is_split_between_europe_and_asia() {
        assert_eq!(
            subcontinent_code("asie", "Asie de l'Ouest"),
            "asie-de-l-ouest"
        );
        assert_eq!(
            subcontinent_code("europe", "Asie de l'Ouest"),
            "asie-de-l-ouest-europe"
        );
        assert_eq!(
            subcontinent_code("europe", "Europe du Sud"),
            "europe-du-sud"
        );
        assert_eq!(
            subcontinent_code("amerique-centrale-caraibes", "Caraïbes"),
            "caraibes"
        );
        assert_eq!(
            subcontinent_code("amerique-sud", "Amérique du Sud"),
            "amerique-du-sud"
        );
        assert_eq!(subcontinent_code("oceanie", "Mélanésie"), "melanesie");
        assert_eq!(
            subcontinent_code("afrique", "Afrique de l'Est"),
            "afrique-de-l-est"
        );
    }

    #[test]
    fn every_epci_gets_a_departement() {
        let prepared = Prepared::build().unwrap();
        let missing: Vec<_> = prepared
            .epcis
            .iter()
            .filter(|e| e.departement_code.is_none())
            .map(|e| &e.name)
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
        let lyon = prepared.epcis.iter().find(|e| e.kind == "MET69").unwrap();
        assert_eq!(lyon.departement_code.as_deref(), Some("69"));
    }
}
