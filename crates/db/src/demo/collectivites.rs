//! Which real collectivités the demo puts in the Atlas, and on which continents each is active.
//!
//! All régions, most départements, about 250 EPCI (every métropole and communauté urbaine,
//! then the largest agglomérations and some communautés de communes), and communes for the
//! rest, drawn with a preference for larger towns (small towns twin too).

use atlas_domain::CollectiviteKind;

use super::refdata::RefData;
use super::rng::{DemoRng, apportion, sample_weighted, shuffle};
use crate::reference::naming::{departement_name, epci_kind, region_name, special_region};

/// A collectivité chosen for the demo, before it becomes a row.
#[derive(Debug, Clone)]
pub struct Coll {
    pub id: i32,
    pub kind: CollectiviteKind,
    pub name: String,
    pub siren: String,
    pub insee_code: Option<String>,
    pub region_code: Option<String>,
    pub departement_code: Option<String>,
    pub population: Option<i64>,
    pub lat: f64,
    pub lon: f64,
    /// Seat (chef-lieu) used in the address.
    pub seat: String,
    /// International reach: how many partners and projects it tends to have.
    pub reach: f64,
}

/// Départements that are not (or no longer) a collectivité of their own: Corse (merged into
/// the Collectivité de Corse), Bas-Rhin and Haut-Rhin (Collectivité européenne d'Alsace, whose
/// SIREN is not in the reference data), Martinique and Guyane (single territorial collectivities,
/// listed as régions), Mayotte (listed as région), Paris (the Ville de Paris, a commune row).
const NOT_A_DEPARTEMENT: [&str; 8] = ["2A", "2B", "67", "68", "972", "973", "976", "75"];
const PARIS_INSEE: &str = "75056";

fn commune_reach(population: i64) -> f64 {
    0.6 + (population as f64 / 10_000.0).sqrt()
}

/// Picks `distinct` collectivités (fewer if the reference data has fewer).
pub fn select(rng: &mut DemoRng, data: &RefData, distinct: usize, scale: u32) -> Vec<Coll> {
    let mut out: Vec<Coll> = Vec::with_capacity(distinct);
    let commune_name = |insee: &str| {
        data.communes
            .iter()
            .find(|c| c.insee == insee)
            .map_or_else(String::new, |c| c.name.clone())
    };
    for r in &data.regions {
        let (Some(siren), Some(lat), Some(lon)) = (r.siren.clone(), r.lat, r.lon) else {
            continue;
        };
        let special = special_region(&r.code).is_some();
        out.push(Coll {
            id: 0,
            kind: if special {
                CollectiviteKind::CollectiviteStatutParticulier
            } else {
                CollectiviteKind::Region
            },
            name: region_name(&r.code, &r.name),
            siren,
            insee_code: Some(r.code.clone()),
            region_code: Some(r.code.clone()),
            departement_code: None,
            population: None,
            lat,
            lon,
            seat: commune_name(&r.chef_lieu_insee),
            reach: if special { 30.0 } else { 40.0 },
        });
    }

    let eligible: Vec<_> = data
        .departements
        .iter()
        .filter(|d| !NOT_A_DEPARTEMENT.contains(&d.code.as_str()) && d.siren.is_some())
        .collect();
    // "Most départements": a few stay out of the Atlas at scale 1.
    let mut keep: Vec<usize> = (0..eligible.len()).collect();
    if scale == 1 {
        shuffle(rng, &mut keep);
        keep.truncate(eligible.len().saturating_sub(5));
        keep.sort_unstable();
    }
    for d in keep.into_iter().map(|i| eligible[i]) {
        let (Some(siren), Some(lat), Some(lon)) = (d.siren.clone(), d.lat, d.lon) else {
            continue;
        };
        out.push(Coll {
            id: 0,
            kind: CollectiviteKind::Departement,
            name: departement_name(&d.name),
            siren,
            insee_code: Some(d.code.clone()),
            region_code: Some(d.region_code.clone()),
            departement_code: Some(d.code.clone()),
            population: None,
            lat,
            lon,
            seat: commune_name(&d.chef_lieu_insee),
            reach: 12.0,
        });
    }

    select_epcis(
        rng,
        data,
        &mut out,
        (250 * scale as usize).min(data.epcis.len()),
    );
    let remaining = distinct.saturating_sub(out.len());
    select_communes(rng, data, &mut out, remaining);
    for (c, id) in out.iter_mut().zip(1..) {
        c.id = id;
    }
    out
}

fn select_epcis(rng: &mut DemoRng, data: &RefData, out: &mut Vec<Coll>, count: usize) {
    let weight = |kind: &str, population: f64| match kind {
        "MET69" | "METRO" | "CU" => 1e12,
        "CA" => 3.0 * population.powf(0.8),
        _ => population.powf(0.8),
    };
    let usable: Vec<_> = data
        .epcis
        .iter()
        .filter(|e| e.lat.is_some() && e.lon.is_some() && e.departement_code.is_some())
        .collect();
    let weights: Vec<f64> = usable
        .iter()
        .map(|e| weight(&e.kind, e.population.unwrap_or(1000) as f64))
        .collect();
    let mut chosen = sample_weighted(rng, &weights, count);
    chosen.sort_unstable();
    for e in chosen.into_iter().map(|i| usable[i]) {
        let kind = epci_kind(&e.kind);
        let reach = match kind {
            CollectiviteKind::CollectiviteStatutParticulier | CollectiviteKind::Metropole => 25.0,
            CollectiviteKind::CommunauteUrbaine => 10.0,
            CollectiviteKind::CommunauteAgglomeration => 5.0,
            _ => 1.5,
        };
        out.push(Coll {
            id: 0,
            kind,
            name: e.name.clone(),
            siren: e.siren.clone(),
            insee_code: None,
            region_code: e.region_code.clone(),
            departement_code: e.departement_code.clone(),
            population: e.population,
            lat: e.lat.unwrap_or_default(),
            lon: e.lon.unwrap_or_default(),
            seat: e.name.clone(),
            reach,
        });
    }
}

fn select_communes(rng: &mut DemoRng, data: &RefData, out: &mut Vec<Coll>, count: usize) {
    let usable: Vec<_> = data
        .communes
        .iter()
        .filter(|c| {
            c.siren.is_some()
                && c.lat.is_some()
                && c.lon.is_some()
                && data
                    .departements
                    .iter()
                    .any(|d| d.code == c.departement_code)
        })
        .collect();
    // Every large city is in; Paris always (as the Ville de Paris).
    let weights: Vec<f64> = usable
        .iter()
        .map(|c| match c.population.unwrap_or(0) {
            _ if c.insee == PARIS_INSEE => 1e15,
            p if p >= 100_000 => 1e12,
            p => (p.max(50) as f64).powf(0.55),
        })
        .collect();
    let mut chosen = sample_weighted(rng, &weights, count.min(usable.len()));
    chosen.sort_unstable();
    for c in chosen.into_iter().map(|i| usable[i]) {
        let paris = c.insee == PARIS_INSEE;
        let population = c.population.unwrap_or(0);
        out.push(Coll {
            id: 0,
            kind: if paris {
                CollectiviteKind::CollectiviteStatutParticulier
            } else {
                CollectiviteKind::Commune
            },
            name: if paris {
                "Ville de Paris".to_owned()
            } else {
                c.name.clone()
            },
            siren: c.siren.clone().unwrap_or_default(),
            insee_code: Some(c.insee.clone()),
            region_code: Some(c.region_code.clone()),
            departement_code: Some(c.departement_code.clone()),
            population: c.population,
            lat: c.lat.unwrap_or_default(),
            lon: c.lon.unwrap_or_default(),
            seat: c.name.clone(),
            reach: if paris {
                30.0
            } else {
                commune_reach(population)
            },
        });
    }
}

/// For each continent of `targets` (same order), the indexes of the collectivités active there.
///
/// Those not active in Europe are small communes and communautés de communes (a village
/// helping a village in Burkina Faso); each gets exactly one other continent. The remaining
/// places on each continent go to collectivités also active in Europe, the larger the likelier.
/// `forced` lists (continent index, collectivité index) pairs that must hold.
pub fn memberships(
    rng: &mut DemoRng,
    colls: &[Coll],
    targets: &[usize],
    forced: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let europe_count = targets[0].min(colls.len());
    let outside_count = colls.len() - europe_count;
    let forced_idx: Vec<usize> = forced.iter().map(|(_, i)| *i).collect();
    let mut small: Vec<usize> = (0..colls.len())
        .filter(|&i| {
            matches!(
                colls[i].kind,
                CollectiviteKind::Commune | CollectiviteKind::CommunauteCommunes
            ) && colls[i].reach < 2.0
                && !forced_idx.contains(&i)
        })
        .collect();
    shuffle(rng, &mut small);
    small.truncate(outside_count);
    small.sort_unstable();

    let mut members: Vec<Vec<usize>> = vec![Vec::new(); targets.len()];
    members[0] = (0..colls.len())
        .filter(|i| small.binary_search(i).is_err())
        .collect();

    // Spread the not-in-Europe collectivités over the other continents.
    let shares = apportion(
        small.len(),
        &targets[1..].iter().map(|&t| t as f64).collect::<Vec<_>>(),
    );
    let mut queue = small.clone();
    shuffle(rng, &mut queue);
    let mut queue = queue.into_iter();
    for (k, share) in shares.iter().enumerate() {
        members[k + 1].extend(queue.by_ref().take(*share));
    }
    for &(k, i) in forced {
        if !members[k].contains(&i) {
            members[k].push(i);
        }
    }
    // Fill the rest of each continent from the collectivités active in Europe.
    let in_europe = members[0].clone();
    for k in 1..targets.len() {
        let missing = targets[k].saturating_sub(members[k].len());
        let candidates: Vec<usize> = in_europe
            .iter()
            .copied()
            .filter(|i| !members[k].contains(i))
            .collect();
        let weights: Vec<f64> = candidates.iter().map(|&i| colls[i].reach).collect();
        let picked = sample_weighted(rng, &weights, missing);
        members[k].extend(picked.into_iter().map(|j| candidates[j]));
        members[k].sort_unstable();
    }
    members
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn departement_names_take_the_right_article() {
        assert_eq!(departement_name("Gironde"), "Département de la Gironde");
        assert_eq!(departement_name("Nord"), "Département du Nord");
        assert_eq!(departement_name("Landes"), "Département des Landes");
        assert_eq!(departement_name("Ain"), "Département de l'Ain");
        assert_eq!(departement_name("Hérault"), "Département de l'Hérault");
        assert_eq!(
            departement_name("Haute-Garonne"),
            "Département de la Haute-Garonne"
        );
        assert_eq!(departement_name("La Réunion"), "Département de La Réunion");
    }
}
