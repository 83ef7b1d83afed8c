//! Fiches-projets: one or more projects per partnership, with themes, texts, years, budget,
//! co-financings, co-participants, contacts and volunteers.
//! (Co-participants and contacts are drawn in `participants`.)

use std::collections::BTreeMap;

use atlas_domain::{PartnerKind, ProjectKind, ProjectStatus};
use chrono::{NaiveDate, NaiveDateTime};
use rand::Rng;

use super::collectivites::Coll;
use super::financing;
use super::links::Link;
use super::participants::{contacts, participants};
use super::partners::Partner;
use super::refdata::RefData;
use super::rng::{DemoRng, chance, pick, sample_weighted};
use super::showcase::Showcase;
use super::texts::{GENERIC_SENTENCES, fill, theme_text, theme_weights};
use crate::models::*;
use crate::text::fold_ligatures;

/// The year the demo is "now": projects ending before it are finished.
pub const CURRENT_YEAR: i32 = 2026;

#[derive(Default)]
pub struct ProjectSet {
    pub projects: Vec<ProjectRow>,
    pub themes: Vec<ProjectThemeRow>,
    pub financings: Vec<ProjectFinancingRow>,
    pub co_collectivites: Vec<ProjectCollectiviteRow>,
    pub co_partners: Vec<ProjectPartnerRow>,
    pub contacts: Vec<ProjectContactRow>,
    pub volunteers: Vec<ProjectVolunteerRow>,
    pub texts: Vec<ProjectTextRow>,
    /// Theme codes each collectivité works on (for its network memberships).
    pub themes_of: BTreeMap<usize, Vec<&'static str>>,
}

/// What the builder needs to see of the whole dataset.
pub struct Context<'a> {
    pub data: &'a RefData,
    pub colls: &'a [Coll],
    pub partners: &'a [Partner],
    pub continents: &'a [&'static str],
    /// Collectivité indexes by région code (for co-participants).
    pub by_region: BTreeMap<String, Vec<usize>>,
    /// Partner indexes by country (for foreign co-participants).
    pub by_country: BTreeMap<String, Vec<usize>>,
}

pub fn build(
    rng: &mut DemoRng,
    ctx: &Context,
    links: &[Link],
    showcases: &BTreeMap<usize, Vec<Showcase>>,
) -> ProjectSet {
    let mut set = ProjectSet::default();
    let mut ids = Ids::default();
    for (li, link) in links.iter().enumerate() {
        let forced = showcases.get(&li);
        for k in 0..link.projects {
            let showcase = forced.and_then(|s| s.get(k));
            one_project(rng, ctx, link, k, showcase, &mut ids, &mut set);
        }
    }
    set
}

#[derive(Default)]
struct Ids {
    project: i32,
    financing: i32,
    contact: i32,
    volunteer: i32,
}

fn at(year: i32, rng: &mut DemoRng) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(year, rng.random_range(1..=12), rng.random_range(1..=28))
        .and_then(|d| d.and_hms_opt(rng.random_range(8..19), rng.random_range(0..60), 0))
        .unwrap_or_default()
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
}

fn one_project(
    rng: &mut DemoRng,
    ctx: &Context,
    link: &Link,
    k: usize,
    showcase: Option<&Showcase>,
    ids: &mut Ids,
    set: &mut ProjectSet,
) {
    let coll = &ctx.colls[link.coll];
    let partner = &ctx.partners[link.partner];
    let continent = ctx.continents[link.continent];
    let country = ctx.data.country_name(&partner.country);
    let developing = !matches!(continent, "europe" | "amerique-nord" | "oceanie");
    let kind = if link.conventioned {
        ProjectKind::CooperationDecentralisee
    } else {
        ProjectKind::AutreActionExterieure
    };

    let themes: Vec<&'static str> = match showcase {
        Some(s) => s.themes.to_vec(),
        None => {
            let weights = theme_weights(continent);
            let w: Vec<f64> = weights.iter().map(|(_, w)| *w).collect();
            let n = 1 + usize::from(chance(rng, 0.45)) + usize::from(chance(rng, 0.2));
            sample_weighted(rng, &w, n)
                .into_iter()
                .map(|i| weights[i].0)
                .collect()
        }
    };
    let main = theme_text(themes[0]);
    let mut title = pick(rng, main.titles)
        .map_or_else(String::new, |t| fill(t, &coll.name, &partner.city, country));
    if k > 0 && !title.contains("phase") && chance(rng, 0.3) {
        title = format!("{title} (phase {})", k + 1);
    }

    let (start, end) = match showcase {
        Some(s) => (s.years.0, Some(s.years.1)),
        None => {
            let start = rng.random_range(link.since_year.max(1998)..=2025);
            let open_ended = chance(rng, if continent == "europe" { 0.35 } else { 0.2 });
            let end = (!open_ended).then(|| start + rng.random_range(0..6));
            (start, end)
        }
    };
    let status = match end {
        Some(e) if e < CURRENT_YEAR => ProjectStatus::Termine,
        _ => ProjectStatus::EnCours,
    };
    let exchange = continent == "europe" && link.jumelage;
    let budget = financing::budget_cents(rng, coll, developing, exchange);

    ids.project += 1;
    let id = ids.project;
    let objectives = {
        let w: Vec<f64> = vec![1.0; main.objectives.len()];
        let n = 2.min(main.objectives.len());
        sample_weighted(rng, &w, n)
            .into_iter()
            .map(|i| {
                format!(
                    "{}.",
                    capitalize(&fill(
                        main.objectives[i],
                        &coll.name,
                        &partner.city,
                        country
                    ))
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut sentences: Vec<String> = Vec::new();
    for code in &themes {
        if let Some(s) = pick(rng, theme_text(code).sentences) {
            sentences.push(fill(s, &coll.name, &partner.city, country));
        }
    }
    if let Some(s) = pick(rng, &GENERIC_SENTENCES) {
        sentences.push(fill(s, &coll.name, &partner.city, country));
    }
    sentences.dedup();
    let description = sentences.join(" ");
    let history = {
        let mut h = format!(
            "Les relations entre {} et {} remontent à {}.",
            coll.name, partner.name, link.since_year
        );
        match (link.jumelage, link.conventioned) {
            (true, _) => h.push_str(&format!(
                " Une charte de jumelage a été signée en {}.",
                link.since_year
            )),
            (false, true) => h.push_str(&format!(
                " Une convention de coopération décentralisée a été signée en {}.",
                link.since_year
            )),
            (false, false) => {
                h.push_str(" Ces actions ne font pas l'objet d'une convention de partenariat.")
            }
        }
        h
    };
    let context = match partner.kind {
        PartnerKind::Municipalite => format!("{} est une municipalité de {country}.", partner.name),
        other => format!(
            "{} ({}) est une autorité locale de {country}.",
            partner.name,
            other.label().to_lowercase()
        ),
    } + &format!(
        " Le projet s'inscrit dans la stratégie internationale de {}.",
        coll.name
    );

    let created = at(start.min(CURRENT_YEAR), rng);
    let updated = at(
        rng.random_range(start.min(CURRENT_YEAR)..=CURRENT_YEAR),
        rng,
    )
    .max(created);
    set.projects.push(ProjectRow {
        id,
        kind: kind.as_str().to_owned(),
        collectivite_id: coll.id,
        partner_id: Some(partner.id),
        country_code: partner.country.clone(),
        title: title.clone(),
        objectives: Some(objectives.clone()),
        description: Some(description.clone()),
        history: Some(history.clone()),
        context: Some(context.clone()),
        start_year: Some(start),
        end_year: end,
        status: status.as_str().to_owned(),
        budget_cents: Some(budget),
        lat: Some(partner.lat),
        lon: Some(partner.lon),
        archived_at: None,
        version: 1,
        created_at: created,
        updated_at: updated,
        title_folded: crate::text::fold_key(&title),
    });
    for code in &themes {
        if let Some(theme_id) = ctx.data.theme(code) {
            set.themes.push(ProjectThemeRow {
                project_id: id,
                theme_id,
            });
        }
    }
    set.themes_of
        .entry(link.coll)
        .or_default()
        .extend(themes.iter().copied());

    let years: Vec<i32> = (start..=end.unwrap_or(CURRENT_YEAR).min(CURRENT_YEAR)).collect();
    let rows = match showcase {
        Some(s) => s.financings.to_vec(),
        None => {
            let sources = financing::sources(
                rng,
                continent,
                &themes,
                kind == ProjectKind::CooperationDecentralisee,
            );
            financing::split(rng, budget, &sources, &years)
        }
    };
    for (code, year, cents) in rows {
        if let Some(source_id) = ctx.data.source(code) {
            ids.financing += 1;
            set.financings.push(ProjectFinancingRow {
                id: ids.financing,
                project_id: id,
                source_id,
                year,
                amount_cents: cents,
            });
        }
    }
    if showcase.is_some() {
        // The budget of a showcase is what its financings add up to.
        let total: i64 = set
            .financings
            .iter()
            .filter(|f| f.project_id == id)
            .map(|f| f.amount_cents)
            .sum();
        if let Some(p) = set.projects.last_mut() {
            p.budget_cents = Some(total);
        }
    }

    participants(rng, ctx, link, id, set);
    contacts(rng, coll, partner, id, &mut ids.contact, set);
    if chance(rng, if developing { 0.08 } else { 0.03 }) {
        ids.volunteer += 1;
        let kinds = [
            "vsi",
            "service_civique",
            "volontariat_reciprocite",
            "benevole",
        ];
        set.volunteers.push(ProjectVolunteerRow {
            id: ids.volunteer,
            project_id: id,
            kind: pick(rng, &kinds).copied().unwrap_or("vsi").to_owned(),
            count: rng.random_range(1..=4),
            year: pick(rng, &years).copied(),
        });
    }

    let places = [
        coll.name.as_str(),
        coll.seat.as_str(),
        coll.departement_code
            .as_deref()
            .and_then(|d| ctx.data.departement_name(d))
            .unwrap_or(""),
        coll.region_code
            .as_deref()
            .and_then(|r| ctx.data.region_name(r))
            .unwrap_or(""),
        partner.name.as_str(),
        country,
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(" · ");
    set.texts.push(ProjectTextRow {
        project_id: id,
        title: fold_ligatures(&title),
        body: fold_ligatures(&[objectives, description, history, context].join("\n")),
        places: fold_ligatures(&places),
    });
}
