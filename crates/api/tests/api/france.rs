//! The France access: régions and départements, whose figures add up level by level.

use atlas_db::testing::Content;
use atlas_domain::{DepartementDetail, Page, PlaceFigures, RegionDetail, Stats};

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn regions_add_up_to_the_atlas_and_switch_kind() {
    for app in spawn_apps(Content::Demo) {
        let t = app.get_json::<Stats>("/api/v1/stats").await.totals;
        let regions: Page<PlaceFigures> = app.get_json("/api/v1/regions").await;
        assert_eq!(regions.total, 18);
        let sum = |rows: &[PlaceFigures]| rows.iter().map(|r| r.projects).sum::<i64>();
        assert_eq!(sum(&regions.items), t.projects);
        assert!(regions.items.iter().all(|r| r.bourse_requests == 0));
        let other: Page<PlaceFigures> = app
            .get_json("/api/v1/regions?kind=autre_action_exterieure")
            .await;
        assert_eq!(sum(&other.items), t.other_actions);
        assert!(other.items.iter().all(|r| r.cooperation_projects == 0));
    }
}

#[actix_web::test]
async fn a_region_adds_up_its_departements_and_its_own_collectivites() {
    for app in spawn_apps(Content::Demo) {
        let regions: Page<PlaceFigures> = app.get_json("/api/v1/regions").await;
        for code in ["84", "11", "971"] {
            let Some(row) = regions.items.iter().find(|r| r.code == code) else {
                continue;
            };
            let region: RegionDetail = app.get_json(&format!("/api/v1/regions/{code}")).await;
            let f = &region.figures;
            assert_eq!(f.projects, row.projects, "{code}");
            assert_eq!(f.collectivites, row.collectivites, "{code}");
            assert_eq!(f.bourse_requests, 0);
            let departements: i64 = region.departements.iter().map(|d| d.projects).sum();
            assert_eq!(
                departements + region.without_departement.projects,
                f.projects,
                "{code}"
            );
            assert!(!f.apd_by_year.is_empty(), "{code}");
            let listed: Page<PlaceFigures> = app
                .get_json(&format!("/api/v1/departements?region={code}"))
                .await;
            assert_eq!(listed.items, region.departements, "{code}");
        }
    }
}

#[actix_web::test]
async fn a_departement_page_names_its_region_and_matches_its_row() {
    for app in spawn_apps(Content::Demo) {
        let d: DepartementDetail = app.get_json("/api/v1/departements/69").await;
        assert_eq!((d.name.as_str(), d.region.code.as_str()), ("Rhône", "84"));
        let region: RegionDetail = app.get_json("/api/v1/regions/84").await;
        let row = region
            .departements
            .iter()
            .find(|r| r.code == "69")
            .expect("Rhône in its région");
        assert_eq!(d.figures.projects, row.projects);
        assert_eq!(d.figures.partners, row.partners);
        let corse: DepartementDetail = app.get_json("/api/v1/departements/2a").await;
        assert_eq!(corse.code, "2A");
    }
}
