//! Bourse projets: foreign authorities seeking a French partner. 137 open (published)
//! requests from 109 authorities in 34 countries, plus requests in the other states of the
//! workflow (awaiting the embassy, rejected, closed) so moderation has something to show.

use atlas_domain::{BourseStatus, PartnerKind};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use rand::Rng;

use super::partners::authority_name;
use super::people::foreign_person;
use super::refdata::RefData;
use super::rng::{DemoRng, apportion, chance, pick, sample_weighted, weighted_index};
use super::targets::{BOURSE_AUTHORITIES, BOURSE_COUNTRIES, BOURSE_OPEN_REQUESTS};
use super::texts::{SOUGHT_PARTNERS, THEME_TEXTS, fill, theme_weights};
use crate::models::{BourseRequestRow, BourseRequestThemeRow, BourseTextRow};
use crate::text::bourse_text;

const FRANCOPHONE: [&str; 21] = [
    "SN", "ML", "BF", "CM", "BJ", "MG", "TG", "CI", "MA", "TN", "NE", "GN", "CD", "TD", "BI", "CG",
    "GA", "MR", "HT", "LB", "KH",
];

fn language(country: &str) -> &'static str {
    match country {
        c if FRANCOPHONE.contains(&c) => "fr",
        "BR" => "pt",
        "MX" | "CO" | "PE" | "BO" => "es",
        _ => "en",
    }
}

struct Authority {
    name: String,
    kind: PartnerKind,
    country: &'static str,
    city: String,
    geonameid: i64,
    lat: f64,
    lon: f64,
}

pub struct BourseSet {
    pub requests: Vec<BourseRequestRow>,
    pub themes: Vec<BourseRequestThemeRow>,
    pub texts: Vec<BourseTextRow>,
}

/// Picks `per_country[i]` authorities with distinct names in each Bourse country.
fn authorities(rng: &mut DemoRng, data: &RefData, per_country: &[usize]) -> Vec<Authority> {
    let mut out = Vec::new();
    for ((country, _), &n) in BOURSE_COUNTRIES.iter().zip(per_country) {
        let Some(cities) = data.cities.get(*country) else {
            continue;
        };
        let w: Vec<f64> = cities
            .iter()
            .map(|c| (c.population.unwrap_or(5_000) as f64).sqrt())
            .collect();
        let mut names = std::collections::BTreeSet::new();
        for i in sample_weighted(rng, &w, cities.len()) {
            if names.len() == n {
                break;
            }
            let city = &cities[i];
            let kind = match rng.random_range(0..20) {
                0..=16 => PartnerKind::Municipalite,
                17 | 18 => PartnerKind::Province,
                _ => PartnerKind::District,
            };
            let name = authority_name(kind, country, &city.name);
            if !names.insert(name.clone()) {
                continue;
            }
            out.push(Authority {
                name,
                kind,
                country,
                city: city.name.clone(),
                geonameid: city.geonameid,
                lat: city.lat,
                lon: city.lon,
            });
        }
    }
    out
}

fn date_between(rng: &mut DemoRng, from: NaiveDate, to: NaiveDate) -> NaiveDateTime {
    let days = (to - from).num_days().max(1);
    (from + Duration::days(rng.random_range(0..days)))
        .and_hms_opt(rng.random_range(7..20), rng.random_range(0..60), 0)
        .unwrap_or_default()
}

pub fn build(rng: &mut DemoRng, data: &RefData, scale: usize) -> BourseSet {
    let weights: Vec<f64> = BOURSE_COUNTRIES.iter().map(|(_, w)| *w).collect();
    let authority_count = BOURSE_AUTHORITIES * scale;
    let mut per_country: Vec<usize> = apportion(authority_count - BOURSE_COUNTRIES.len(), &weights);
    per_country.iter_mut().for_each(|n| *n += 1);
    let open = authorities(rng, data, &per_country);
    // Requests in other states: authorities of the same countries (some also have open ones).
    let others = authorities(rng, data, &apportion(39 * scale, &weights));

    let mut requests: Vec<(usize, bool, BourseStatus)> = (0..open.len())
        .map(|i| (i, true, BourseStatus::Published))
        .collect();
    for _ in open.len()..BOURSE_OPEN_REQUESTS * scale {
        requests.push((
            rng.random_range(0..open.len().max(1)),
            true,
            BourseStatus::Published,
        ));
    }
    for (i, _) in others.iter().enumerate() {
        let status = match i % 13 {
            0..=3 => BourseStatus::Submitted,
            4..=6 => BourseStatus::Rejected,
            _ => BourseStatus::Closed,
        };
        requests.push((i, false, status));
    }

    let mut set = BourseSet {
        requests: Vec::new(),
        themes: Vec::new(),
        texts: Vec::new(),
    };
    let dev_themes = theme_weights("afrique");
    let theme_w: Vec<f64> = dev_themes.iter().map(|(_, w)| *w).collect();
    let (from, to) = (
        NaiveDate::from_ymd_opt(2024, 1, 15).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2026, 10, 31).unwrap_or_default(),
    );
    for (id, (a, is_open, status)) in (1..).zip(requests) {
        let auth = if is_open { &open[a] } else { &others[a] };
        let country = data.country_name(auth.country);
        let n_themes = 1 + usize::from(chance(rng, 0.4));
        let themes: Vec<&str> = sample_weighted(rng, &theme_w, n_themes)
            .into_iter()
            .map(|i| dev_themes[i].0)
            .collect();
        let text = THEME_TEXTS
            .iter()
            .find(|t| t.code == themes[0])
            .unwrap_or(&THEME_TEXTS[0]);
        let title = pick(rng, text.titles).map_or_else(String::new, |t| {
            fill(t, "une collectivité française", &auth.name, country)
        });
        let objective = pick(rng, text.objectives)
            .map_or_else(String::new, |o| fill(o, "", &auth.name, country));
        let description = format!(
            "{} ({country}) recherche une collectivité française partenaire pour {objective}. \
             La collectivité a identifié les besoins avec ses services techniques et la population, \
             et souhaite bénéficier d'un échange d'expériences dans la durée.",
            auth.name
        );
        let person = foreign_person(rng);
        let created = date_between(rng, from, to);
        let confirmed = (status != BourseStatus::Submitted || chance(rng, 0.6))
            .then(|| created + Duration::hours(1));
        let moderated = (status != BourseStatus::Submitted)
            .then(|| created + Duration::days(rng.random_range(3..21)));
        let published = matches!(status, BourseStatus::Published | BourseStatus::Closed)
            .then_some(moderated)
            .flatten();
        let closed_at = (status == BourseStatus::Closed)
            .then(|| published.unwrap_or(created) + Duration::days(rng.random_range(30..200)));
        let closed_reason = (status == BourseStatus::Closed).then(|| {
            if weighted_index(rng, &[2.0, 1.0]) == 0 {
                "matched"
            } else {
                "withdrawn"
            }
        });
        set.requests.push(BourseRequestRow {
            id,
            authority_name: auth.name.clone(),
            authority_kind: auth.kind.as_str().to_owned(),
            country_code: auth.country.to_owned(),
            city: Some(auth.city.clone()),
            geonameid: Some(auth.geonameid),
            lat: Some(auth.lat),
            lon: Some(auth.lon),
            partner_id: None,
            contact_name: person.full_name(),
            contact_title: Some("Responsable des relations extérieures".to_owned()),
            contact_email: person.email(&auth.name),
            contact_phone: None,
            title,
            description,
            objectives: Some(objective),
            sought_partner: pick(rng, &SOUGHT_PARTNERS).map(|s| fill(s, "", &auth.name, country)),
            language: Some(language(auth.country).to_owned()),
            status: status.as_str().to_owned(),
            email_confirmed_at: confirmed,
            rejection_reason: (status == BourseStatus::Rejected).then(|| {
                "La demande ne relève pas d'une autorité locale ou doit être précisée avec l'ambassade.".to_owned()
            }),
            closed_reason: closed_reason.map(str::to_owned),
            matched_collectivite_id: None,
            moderated_by: None,
            moderated_at: moderated,
            published_at: published,
            closed_at,
            version: 1,
            created_at: created,
            updated_at: closed_at.or(moderated).unwrap_or(created),
        });
        if let Some(request) = set.requests.last() {
            set.texts.push(bourse_text(request, country));
        }
        for code in themes {
            if let Some(theme_id) = data.theme(code) {
                set.themes.push(BourseRequestThemeRow {
                    request_id: id,
                    theme_id,
                });
            }
        }
    }
    set
}
