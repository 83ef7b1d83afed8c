//! Reference geography rows and administrable lists (themes, financing sources).

use diesel::prelude::*;

use crate::schema::*;

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = continents, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ContinentRow {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub position: i32,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = subcontinents, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct SubcontinentRow {
    pub code: String,
    pub continent_code: String,
    pub name_fr: String,
    pub name_en: String,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = countries, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct CountryRow {
    pub code: String,
    pub iso3: String,
    pub numeric_code: String,
    pub name_fr: String,
    pub name_en: String,
    pub continent_code: String,
    pub subcontinent_code: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = regions, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct RegionRow {
    pub code: String,
    pub name: String,
    pub siren: Option<String>,
    pub chef_lieu_insee: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = departements, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct DepartementRow {
    pub code: String,
    pub name: String,
    pub region_code: String,
    pub siren: Option<String>,
    pub chef_lieu_insee: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = communes, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct CommuneRow {
    pub insee: String,
    pub name: String,
    pub name_folded: String,
    pub siren: Option<String>,
    pub departement_code: String,
    pub region_code: String,
    pub population: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = epcis, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct EpciRow {
    pub siren: String,
    pub name: String,
    pub name_folded: String,
    pub kind: String,
    pub population: Option<i64>,
    pub member_count: Option<i32>,
    pub departement_code: Option<String>,
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = cities, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct CityRow {
    pub geonameid: i64,
    pub name: String,
    pub name_folded: String,
    pub country_code: String,
    pub population: Option<i64>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = themes, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct ThemeRow {
    pub id: i32,
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub dac_code: Option<i32>,
    pub position: i32,
    pub active: bool,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = financing_sources, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct FinancingSourceRow {
    pub id: i32,
    pub code: String,
    pub short_name: String,
    pub name_fr: String,
    pub name_en: String,
    pub position: i32,
    pub active: bool,
}

#[derive(Debug, Clone, Insertable, Queryable, Selectable)]
#[diesel(table_name = networks, check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg), treat_none_as_default_value = false)]
pub struct NetworkRow {
    pub id: i32,
    pub name: String,
    pub acronym: Option<String>,
    pub kind: String,
    pub website: Option<String>,
    pub description: Option<String>,
}
