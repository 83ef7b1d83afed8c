//! Collectivités: the list per place, and the collectivité page.

use atlas_db::testing::Content;
use atlas_domain::{
    CollectiviteDetail, CollectiviteSummary, ContactRole, DepartementDetail, MarkerLayer, Page,
    Problem,
};

use crate::helpers::{TestApp, spawn_apps};

async fn every_page(app: &TestApp, query: &str) -> Vec<CollectiviteSummary> {
    let mut items = Vec::new();
    for page in 1.. {
        let p: Page<CollectiviteSummary> = app
            .get_json(&format!(
                "/api/v1/collectivites?{query}&per_page=100&page={page}"
            ))
            .await;
        let done = p.items.is_empty() || (page * 100) >= p.total;
        items.extend(p.items);
        if done {
            break;
        }
    }
    items
}

#[actix_web::test]
async fn a_departements_collectivites_add_up_to_it() {
    for app in spawn_apps(Content::Demo) {
        let d: DepartementDetail = app.get_json("/api/v1/departements/2A").await;
        let items = every_page(&app, "departement=2A").await;
        assert_eq!(items.len() as i64, d.figures.collectivites);
        assert!(
            items
                .iter()
                .all(|c| c.departement_code.as_deref() == Some("2A"))
        );
        let projects: i64 = items
            .iter()
            .map(|c| c.cooperation_projects + c.other_actions)
            .sum();
        assert_eq!(projects, d.figures.projects);
        let names: Vec<&str> = items.iter().map(|c| c.name.as_str()).collect();
        assert!(names.len() > 1);

        let ranked: Page<CollectiviteSummary> = app
            .get_json("/api/v1/collectivites?region=84&sort=-projects&per_page=20")
            .await;
        let counts: Vec<i64> = ranked
            .items
            .iter()
            .map(|c| c.cooperation_projects + c.other_actions)
            .collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        assert!(
            ranked
                .items
                .iter()
                .all(|c| c.region_code.as_deref() == Some("84"))
        );

        let response = app
            .get("/api/v1/collectivites?sort=colour&per_page=0")
            .await;
        assert_eq!(response.status(), 400);
        let problem: Problem = response.json().await.expect("problem");
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["per_page", "sort"]);
    }
}

#[actix_web::test]
async fn a_collectivite_page_has_contacts_networks_cooperations_and_apd() {
    for app in spawn_apps(Content::Demo) {
        let top: Page<CollectiviteSummary> = app
            .get_json("/api/v1/collectivites?collectivite_kind=region&sort=-projects&per_page=1")
            .await;
        let id = top.items[0].id;
        let c: CollectiviteDetail = app.get_json(&format!("/api/v1/collectivites/{id}")).await;
        assert_eq!(c.name, top.items[0].name);
        assert!(c.region.is_some() && c.email.is_some() && c.location.is_some());
        assert!(c.contacts.iter().any(|p| p.role == ContactRole::Elu));
        let first_cadre = c.contacts.iter().position(|p| p.role == ContactRole::Cadre);
        let last_elu = c.contacts.iter().rposition(|p| p.role == ContactRole::Elu);
        assert!(
            first_cadre.is_none() || last_elu < first_cadre,
            "élus first"
        );
        assert!(!c.networks.is_empty());
        assert!(!c.figures.apd_by_year.is_empty());
        assert!(c.last_validated_at.is_some());

        // Its pairs count each project it leads once.
        let mut led = 0;
        for group in c.cooperations.iter().chain(&c.other_actions) {
            for p in &group.partnerships {
                assert_eq!(p.collectivite.id, id);
                assert_eq!(p.partner.country_code, group.country.code);
                led += p.cooperation_projects + p.other_actions;
            }
        }
        let names: Vec<&str> = c
            .cooperations
            .iter()
            .map(|g| g.country.name.as_str())
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        let layer: MarkerLayer = app
            .get_json(&format!(
                "/api/v1/map/markers?level=collectivite&collectivite={id}"
            ))
            .await;
        let own: i64 = layer
            .features
            .iter()
            .filter(|f| f.properties.href == format!("/collectivites/{id}"))
            .map(|f| f.properties.count)
            .sum();
        assert_eq!(led, own);
        assert!(c.figures.projects >= own);
    }
}
