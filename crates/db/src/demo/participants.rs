//! Who a demo project names besides its lead pair: co-participating collectivités and
//! partners, and its contacts on each side.

use rand::Rng;

use super::collectivites::Coll;
use super::links::Link;
use super::partners::Partner;
use super::people::{fiction_phone, foreign_person, french_person};
use super::projects::{Context, ProjectSet};
use super::rng::{DemoRng, chance, pick};
use crate::models::{ProjectCollectiviteRow, ProjectContactRow, ProjectPartnerRow};

/// Co-participants: now and then other collectivités of the lead's région, more rarely
/// another partner of the same country.
pub fn participants(rng: &mut DemoRng, ctx: &Context, link: &Link, id: i32, set: &mut ProjectSet) {
    let coll = &ctx.colls[link.coll];
    if chance(rng, 0.10)
        && let Some(pool) = coll.region_code.as_ref().and_then(|r| ctx.by_region.get(r))
    {
        for _ in 0..rng.random_range(1..=2) {
            if let Some(&other) = pick(rng, pool) {
                let other_id = ctx.colls[other].id;
                if other != link.coll
                    && !set
                        .co_collectivites
                        .iter()
                        .any(|r| r.project_id == id && r.collectivite_id == other_id)
                {
                    set.co_collectivites.push(ProjectCollectiviteRow {
                        project_id: id,
                        collectivite_id: other_id,
                    });
                }
            }
        }
    }
    if chance(rng, 0.05) {
        let partner = &ctx.partners[link.partner];
        if let Some(&other) = ctx
            .by_country
            .get(&partner.country)
            .and_then(|pool| pick(rng, pool))
            && other != link.partner
        {
            set.co_partners.push(ProjectPartnerRow {
                project_id: id,
                partner_id: ctx.partners[other].id,
            });
        }
    }
}

/// Contacts: usually one on the French side, every other project one on the foreign side;
/// their ids continue from `last_id`.
pub fn contacts(
    rng: &mut DemoRng,
    coll: &Coll,
    partner: &Partner,
    id: i32,
    last_id: &mut i32,
    set: &mut ProjectSet,
) {
    if chance(rng, 0.8) {
        let person = french_person(rng);
        let title = if person.feminine() {
            "Chargée de mission relations internationales"
        } else {
            "Chargé de mission relations internationales"
        };
        *last_id += 1;
        set.contacts.push(ProjectContactRow {
            id: *last_id,
            project_id: id,
            side: "france".to_owned(),
            name: person.full_name(),
            title: Some(title.to_owned()),
            organisation: Some(coll.name.clone()),
            email: Some(person.email(&coll.name)),
            phone: Some(fiction_phone(rng)),
        });
    }
    if chance(rng, 0.5) {
        let person = foreign_person(rng);
        *last_id += 1;
        set.contacts.push(ProjectContactRow {
            id: *last_id,
            project_id: id,
            side: "etranger".to_owned(),
            name: person.full_name(),
            title: Some("Responsable de la coopération internationale".to_owned()),
            organisation: Some(partner.name.clone()),
            email: Some(person.email(&partner.name)),
            phone: None,
        });
    }
}
