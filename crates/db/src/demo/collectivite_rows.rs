//! Rows of the collectivités chosen for the demo: coordonnées, the élus and cadres in charge
//! of international relations, and the associations and networks they belong to.

use std::collections::BTreeMap;

use atlas_domain::CollectiviteKind;
use chrono::{NaiveDate, NaiveDateTime};
use rand::Rng;

use super::collectivites::Coll;
use super::people::{Person, fiction_phone, french_person, reserved_domain};
use super::refdata::RefData;
use super::rng::{DemoRng, chance};
use crate::models::{CollectiviteRow, ContactRow, NetworkMembershipRow};
use crate::text::fold_key;

/// When the Atlas opened (communiqué of 2 September 2009): rows exist since then.
fn atlas_opening() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2009, 9, 2)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}

fn gendered(person: &Person, masculine: &str, feminine: &str) -> String {
    if person.feminine() {
        feminine
    } else {
        masculine
    }
    .to_owned()
}

fn elu_title(kind: CollectiviteKind, person: &Person, second: bool) -> String {
    match (kind, second) {
        (CollectiviteKind::Commune, false) => gendered(
            person,
            "Maire-adjoint chargé des relations internationales",
            "Maire-adjointe chargée des relations internationales",
        ),
        (CollectiviteKind::Commune, true) => gendered(
            person,
            "Conseiller municipal délégué aux jumelages",
            "Conseillère municipale déléguée aux jumelages",
        ),
        (CollectiviteKind::Region, _) => gendered(
            person,
            "Vice-président chargé des relations internationales",
            "Vice-présidente chargée des relations internationales",
        ),
        (CollectiviteKind::Departement, _) => gendered(
            person,
            "Vice-président chargé de la coopération décentralisée",
            "Vice-présidente chargée de la coopération décentralisée",
        ),
        (_, false) => gendered(
            person,
            "Vice-président chargé de l'international",
            "Vice-présidente chargée de l'international",
        ),
        (_, true) => gendered(
            person,
            "Conseiller délégué à la coopération décentralisée",
            "Conseillère déléguée à la coopération décentralisée",
        ),
    }
}

fn cadre_title(kind: CollectiviteKind, person: &Person) -> String {
    match kind {
        CollectiviteKind::Region | CollectiviteKind::CollectiviteStatutParticulier => gendered(
            person,
            "Directeur de l'action internationale",
            "Directrice de l'action internationale",
        ),
        CollectiviteKind::Departement => gendered(
            person,
            "Chef du service coopération internationale",
            "Cheffe du service coopération internationale",
        ),
        CollectiviteKind::Commune => gendered(
            person,
            "Directeur des relations internationales",
            "Directrice des relations internationales",
        ),
        _ => gendered(
            person,
            "Chargé de mission coopération décentralisée",
            "Chargée de mission coopération décentralisée",
        ),
    }
}

fn address(kind: CollectiviteKind) -> &'static str {
    match kind {
        CollectiviteKind::Region => "Hôtel de Région",
        CollectiviteKind::Departement => "Hôtel du Département",
        CollectiviteKind::Commune => "Hôtel de ville",
        CollectiviteKind::CollectiviteStatutParticulier => "Hôtel de la collectivité",
        _ => "Siège communautaire",
    }
}

/// Regional support networks by région code.
fn regional_network(region: &str) -> Option<&'static str> {
    Some(match region {
        "44" => "Ircod",
        "75" => "Cap Coopération",
        "84" => "Résacoop",
        "28" => "Horizons Solidaires",
        "27" => "BFC International",
        "24" => "Centraider",
        "32" => "Lianes Coopération",
        "93" => "Territoires Solidaires",
        "76" => "Occitanie Coopération",
        _ => return None,
    })
}

pub struct CollectiviteSet {
    pub rows: Vec<CollectiviteRow>,
    pub contacts: Vec<ContactRow>,
    pub memberships: Vec<NetworkMembershipRow>,
}

/// `continents_of[i]` lists the continent codes where collectivité `i` is active;
/// `themes_of[i]` the themes it works on.
pub fn build(
    rng: &mut DemoRng,
    data: &RefData,
    colls: &[Coll],
    continents_of: &BTreeMap<usize, Vec<&'static str>>,
    themes_of: &BTreeMap<usize, Vec<&'static str>>,
) -> CollectiviteSet {
    let opening = atlas_opening();
    let mut set = CollectiviteSet {
        rows: Vec::new(),
        contacts: Vec::new(),
        memberships: Vec::new(),
    };
    let mut contact_id = 0;
    for (i, c) in colls.iter().enumerate() {
        let validated = chance(rng, 0.75).then(|| {
            NaiveDate::from_ymd_opt(
                rng.random_range(2023..=2026),
                rng.random_range(1..=10),
                rng.random_range(1..=28),
            )
            .and_then(|d| d.and_hms_opt(rng.random_range(8..19), rng.random_range(0..60), 0))
            .unwrap_or(opening)
        });
        let domain = reserved_domain(&c.name);
        set.rows.push(CollectiviteRow {
            id: c.id,
            kind: c.kind.as_str().to_owned(),
            name: c.name.clone(),
            name_folded: fold_key(&c.name),
            siren: Some(c.siren.clone()),
            insee_code: c.insee_code.clone(),
            region_code: c.region_code.clone(),
            departement_code: c.departement_code.clone(),
            population: c.population,
            lat: Some(c.lat),
            lon: Some(c.lon),
            address: Some(address(c.kind).to_owned()),
            postal_code: None,
            city: Some(c.seat.clone()),
            phone: Some(fiction_phone(rng)),
            email: Some(format!("relations-internationales@{domain}")),
            website: Some(format!("https://www.{domain}")),
            last_validated_at: validated,
            version: 1,
            created_at: opening,
            updated_at: validated.unwrap_or(opening),
        });

        let mut add_contact =
            |role: &str, person: Person, title: String, position: i32, rng: &mut DemoRng| {
                contact_id += 1;
                set.contacts.push(ContactRow {
                    id: contact_id,
                    collectivite_id: c.id,
                    role: role.to_owned(),
                    civility: Some(person.civility.to_owned()),
                    first_name: person.first_name.to_owned(),
                    last_name: person.last_name.to_owned(),
                    title,
                    email: Some(person.email(&c.name)),
                    phone: Some(fiction_phone(rng)),
                    position,
                    version: 1,
                    created_at: opening,
                    updated_at: validated.unwrap_or(opening),
                });
            };
        if chance(rng, 0.9) {
            let p = french_person(rng);
            let title = elu_title(c.kind, &p, false);
            add_contact("elu", p, title, 1, rng);
        }
        if c.reach > 10.0 {
            let p = french_person(rng);
            let title = elu_title(c.kind, &p, true);
            add_contact("elu", p, title, 2, rng);
        }
        if chance(rng, 0.85) {
            let p = french_person(rng);
            let title = cadre_title(c.kind, &p);
            add_contact("cadre", p, title, 3, rng);
        }

        let continents = continents_of.get(&i).map(Vec::as_slice).unwrap_or_default();
        let themes = themes_of.get(&i).map(Vec::as_slice).unwrap_or_default();
        let outside_europe = continents.iter().any(|k| *k != "europe");
        let mut networks: Vec<&str> = Vec::new();
        match c.kind {
            CollectiviteKind::Region => networks.extend(["ARF", "AIRF"]),
            CollectiviteKind::Departement => networks.push("ADF"),
            CollectiviteKind::Metropole | CollectiviteKind::CommunauteUrbaine => {
                networks.extend(["AMGVF", "CGLU"])
            }
            CollectiviteKind::Commune if chance(rng, 0.2) => networks.push("AMF"),
            _ => {}
        }
        if outside_europe && (c.reach > 1.0 || chance(rng, 0.25)) {
            networks.push("CUF");
        }
        if continents.contains(&"europe") && c.reach > 1.0 && chance(rng, 0.3) {
            networks.push("AFCCRE");
        }
        if continents.contains(&"afrique") && c.reach > 8.0 {
            networks.push("AIMF");
        }
        if themes.contains(&"eau-assainissement") && chance(rng, 0.6) {
            networks.push("pS-Eau");
        }
        if c.reach > 5.0 && chance(rng, 0.4) {
            networks.push("ARRICOD");
        }
        if let Some(n) = c.region_code.as_deref().and_then(regional_network)
            && chance(rng, if outside_europe { 0.6 } else { 0.2 })
        {
            networks.push(n);
        }
        networks.sort_unstable();
        networks.dedup();
        for n in networks {
            if let Some(&network_id) = data.networks.get(n) {
                set.memberships.push(NetworkMembershipRow {
                    collectivite_id: c.id,
                    network_id,
                });
            }
        }
    }
    set
}
