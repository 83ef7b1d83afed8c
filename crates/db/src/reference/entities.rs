//! The reference entities an account acts for: any COG commune, EPCI, département or région
//! (in the Atlas or not) and countries; and the page of a collectivité created from the COG
//! when an agent of a collectivité not yet in the Atlas is approved.

use atlas_domain::{CollectiviteKind, Entity, EntityKind, EntitySearch};
use diesel::prelude::*;

use crate::pool::atlas_fold;
use crate::reference::naming::{departement_name, epci_kind, region_name, special_region};
use crate::schema::{collectivites, communes, countries, departements, epcis, regions};
use crate::stored::Stored;
use crate::text::fold_key;
use crate::write::now;
use crate::{DbConn, DbError};

/// Reads and writes of entities on either backend's connection.
pub(crate) trait EntityAccess {
    /// The entity of `kind` and `code`, if the reference data has it.
    fn entity(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<Entity>>;
    /// The collectivité of the Atlas that is this COG entity, if any.
    fn collectivite_of(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<i32>>;
    /// The collectivité of this COG entity, created from the reference data if missing.
    fn ensure_collectivite(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<i32>>;
}

/// A new collectivité page, from the COG.
struct Cog {
    kind: CollectiviteKind,
    name: String,
    siren: Option<String>,
    insee: Option<String>,
    region: Option<String>,
    departement: Option<String>,
    population: Option<i64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// A COG commune, as a collectivité page needs it.
#[derive(Queryable)]
struct CommuneCog {
    name: String,
    siren: Option<String>,
    region_code: String,
    departement_code: String,
    population: Option<i64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// A COG EPCI, with its legal form (`CC`, `CA`, `METRO`…).
#[derive(Queryable)]
struct EpciCog {
    name: String,
    legal_form: String,
    region_code: Option<String>,
    departement_code: Option<String>,
    population: Option<i64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// A COG département.
#[derive(Queryable)]
struct DepartementCog {
    name: String,
    siren: Option<String>,
    region_code: String,
    lat: Option<f64>,
    lon: Option<f64>,
}

/// A COG région.
#[derive(Queryable)]
struct RegionCog {
    name: String,
    siren: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
}

impl_for_backends!(EntityAccess {
    fn entity(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<Entity>> {
        let found: Option<(String, Option<String>)> = match kind {
            EntityKind::Commune => communes::table
                .inner_join(departements::table.on(departements::code.eq(communes::departement_code)))
                .filter(communes::insee.eq(code))
                .select((
                    communes::name,
                    (departements::name.concat(" (").concat(departements::code).concat(")"))
                        .nullable(),
                ))
                .first(self)
                .optional()?,
            EntityKind::Epci => epcis::table
                .left_join(departements::table.on(departements::code.nullable().eq(epcis::departement_code)))
                .filter(epcis::siren.eq(code))
                .select((epcis::name, departements::name.nullable()))
                .first(self)
                .optional()?,
            EntityKind::Departement => departements::table
                .inner_join(regions::table.on(regions::code.eq(departements::region_code)))
                .filter(departements::code.eq(code))
                .select((departements::name, regions::name.nullable()))
                .first(self)
                .optional()?,
            EntityKind::Region => regions::table
                .filter(regions::code.eq(code))
                .select(regions::name)
                .first::<String>(self)
                .optional()?
                .map(|n| (n, None)),
            EntityKind::Country => countries::table
                .filter(countries::code.eq(code))
                .select(countries::name_fr)
                .first::<String>(self)
                .optional()?
                .map(|n| (n, None)),
        };
        let Some((name, detail)) = found else {
            return Ok(None);
        };
        let collectivite_id = self.collectivite_of(kind, code)?;
        Ok(Some(Entity {
            kind,
            code: code.to_owned(),
            name,
            detail,
            in_atlas: collectivite_id.is_some(),
            collectivite_id,
        }))
    }

    fn collectivite_of(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<i32>> {
        let q = collectivites::table.select(collectivites::id).into_boxed();
        let q = match kind {
            EntityKind::Country => return Ok(None),
            EntityKind::Epci => q.filter(collectivites::siren.eq(code.to_owned())),
            // A commune's INSEE code has 5 characters, a région's and a département's fewer;
            // région and département codes overlap ("11"), their rows differ by département.
            EntityKind::Commune => q.filter(collectivites::insee_code.eq(code.to_owned())),
            EntityKind::Departement => q
                .filter(collectivites::insee_code.eq(code.to_owned()))
                .filter(collectivites::departement_code.eq(code.to_owned())),
            EntityKind::Region => q
                .filter(collectivites::insee_code.eq(code.to_owned()))
                .filter(collectivites::departement_code.is_null()),
        };
        q.order(collectivites::id).first(self).optional()
    }

    fn ensure_collectivite(&mut self, kind: EntityKind, code: &str) -> QueryResult<Option<i32>> {
        if let Some(id) = self.collectivite_of(kind, code)? {
            return Ok(Some(id));
        }
        let cog: Option<Cog> = match kind {
            EntityKind::Country => None,
            EntityKind::Commune => communes::table
                .filter(communes::insee.eq(code))
                .select((communes::name, communes::siren, communes::region_code, communes::departement_code, communes::population, communes::lat, communes::lon))
                .first::<CommuneCog>(self)
                .optional()?
                .map(|r| Cog { kind: CollectiviteKind::Commune, name: r.name, siren: r.siren, insee: Some(code.to_owned()), region: Some(r.region_code), departement: Some(r.departement_code), population: r.population, lat: r.lat, lon: r.lon }),
            EntityKind::Epci => epcis::table
                .filter(epcis::siren.eq(code))
                .select((epcis::name, epcis::kind, epcis::region_code, epcis::departement_code, epcis::population, epcis::lat, epcis::lon))
                .first::<EpciCog>(self)
                .optional()?
                .map(|r| Cog { kind: epci_kind(&r.legal_form), name: r.name, siren: Some(code.to_owned()), insee: None, region: r.region_code, departement: r.departement_code, population: r.population, lat: r.lat, lon: r.lon }),
            EntityKind::Departement => departements::table
                .filter(departements::code.eq(code))
                .select((departements::name, departements::siren, departements::region_code, departements::lat, departements::lon))
                .first::<DepartementCog>(self)
                .optional()?
                .map(|r| Cog { kind: CollectiviteKind::Departement, name: departement_name(&r.name), siren: r.siren, insee: Some(code.to_owned()), region: Some(r.region_code), departement: Some(code.to_owned()), population: None, lat: r.lat, lon: r.lon }),
            EntityKind::Region => regions::table
                .filter(regions::code.eq(code))
                .select((regions::name, regions::siren, regions::lat, regions::lon))
                .first::<RegionCog>(self)
                .optional()?
                .map(|r| Cog {
                    kind: if special_region(code).is_some() { CollectiviteKind::CollectiviteStatutParticulier } else { CollectiviteKind::Region },
                    name: region_name(code, &r.name), siren: r.siren, insee: Some(code.to_owned()), region: Some(code.to_owned()), departement: None, population: None, lat: r.lat, lon: r.lon,
                }),
        };
        let Some(cog) = cog else {
            return Ok(None);
        };
        let at = now();
        let id: i32 = diesel::insert_into(collectivites::table)
            .values((
                collectivites::kind.eq(Stored(cog.kind)),
                collectivites::name_folded.eq(fold_key(&cog.name)),
                collectivites::name.eq(cog.name),
                collectivites::siren.eq(cog.siren),
                collectivites::insee_code.eq(cog.insee),
                collectivites::region_code.eq(cog.region),
                collectivites::departement_code.eq(cog.departement),
                collectivites::population.eq(cog.population),
                collectivites::lat.eq(cog.lat),
                collectivites::lon.eq(cog.lon),
                collectivites::version.eq(1),
                collectivites::created_at.eq(at),
                collectivites::updated_at.eq(at),
            ))
            .returning(collectivites::id)
            .get_result(self)?;
        Ok(Some(id))
    }
});

/// `GET /reference/entities`: entities whose name or code starts with `s.q` (accents and
/// case ignored), communes by decreasing population, at most `s.limit`.
pub fn search(conn: &mut DbConn, s: &EntitySearch) -> Result<Vec<Entity>, DbError> {
    let folded = fold_key(&s.q).replace(['%', '_'], " ");
    let pattern = format!("{folded}%");
    let code = format!("{}%", s.q.to_uppercase().replace(['%', '_'], " "));
    let wants = |k: EntityKind| s.kind.is_none_or(|w| w == k);
    let limit = s.limit;
    let found: Vec<(EntityKind, String)> = with_conn!(conn, |c| {
        let mut out: Vec<(EntityKind, String)> = Vec::new();
        if wants(EntityKind::Region) {
            let codes: Vec<String> = regions::table
                .filter(
                    atlas_fold(regions::name)
                        .like(&pattern)
                        .or(regions::code.like(&code)),
                )
                .order(regions::name)
                .limit(limit)
                .select(regions::code)
                .load(c)?;
            out.extend(codes.into_iter().map(|k| (EntityKind::Region, k)));
        }
        if wants(EntityKind::Departement) {
            let codes: Vec<String> = departements::table
                .filter(
                    atlas_fold(departements::name)
                        .like(&pattern)
                        .or(departements::code.like(&code)),
                )
                .order(departements::name)
                .limit(limit)
                .select(departements::code)
                .load(c)?;
            out.extend(codes.into_iter().map(|k| (EntityKind::Departement, k)));
        }
        if wants(EntityKind::Country) {
            let codes: Vec<String> = countries::table
                .filter(
                    atlas_fold(countries::name_fr)
                        .like(&pattern)
                        .or(countries::code.like(&code)),
                )
                .order(countries::name_fr)
                .limit(limit)
                .select(countries::code)
                .load(c)?;
            out.extend(codes.into_iter().map(|k| (EntityKind::Country, k)));
        }
        if wants(EntityKind::Epci) {
            let codes: Vec<String> = epcis::table
                .filter(
                    epcis::name_folded
                        .like(&pattern)
                        .or(epcis::siren.like(&code)),
                )
                .order(epcis::population.desc())
                .limit(limit)
                .select(epcis::siren)
                .load(c)?;
            out.extend(codes.into_iter().map(|k| (EntityKind::Epci, k)));
        }
        if wants(EntityKind::Commune) {
            let codes: Vec<String> = communes::table
                .filter(
                    communes::name_folded
                        .like(&pattern)
                        .or(communes::insee.like(&code)),
                )
                .order(communes::population.desc())
                .limit(limit)
                .select(communes::insee)
                .load(c)?;
            out.extend(codes.into_iter().map(|k| (EntityKind::Commune, k)));
        }
        Ok::<_, diesel::result::Error>(out)
    })?;
    let mut entities = Vec::new();
    for (kind, code) in found.into_iter().take(usize::try_from(limit).unwrap_or(20)) {
        entities.extend(get(conn, kind, &code)?);
    }
    Ok(entities)
}

/// The entity of `kind` and `code`, if the reference data has it.
pub fn get(conn: &mut DbConn, kind: EntityKind, code: &str) -> Result<Option<Entity>, DbError> {
    Ok(with_conn!(conn, |c| c.entity(kind, code))?)
}
