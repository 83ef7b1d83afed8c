//! Projects: the filtered, sorted, paginated list and the fiche-projet.

use atlas_db::testing::Content;
use atlas_domain::{CountryDetail, Page, Problem, ProjectSheet, ProjectSummary};

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn the_list_takes_the_shared_criteria_and_pages_in_order() {
    for app in spawn_apps(Content::Demo) {
        let sn: CountryDetail = app.get_json("/api/v1/countries/SN").await;
        let page: Page<ProjectSummary> = app
            .get_json("/api/v1/projects?country=SN&per_page=10&sort=-start_year")
            .await;
        assert_eq!(page.total, sn.figures.projects);
        assert_eq!((page.page, page.per_page, page.items.len()), (1, 10, 10));
        assert!(page.items.iter().all(|p| p.country.code == "SN"));
        let years: Vec<i32> = page.items.iter().filter_map(|p| p.start_year).collect();
        assert!(years.windows(2).all(|w| w[0] >= w[1]), "{years:?}");
        let next: Page<ProjectSummary> = app
            .get_json("/api/v1/projects?country=SN&per_page=10&page=2&sort=-start_year")
            .await;
        assert!(
            next.items
                .iter()
                .all(|p| !page.items.iter().any(|q| q.id == p.id))
        );

        let crossed: Page<ProjectSummary> = app
            .get_json("/api/v1/projects?region=84&theme=culture&kind=cooperation_decentralisee")
            .await;
        assert!(crossed.total > 0);
        for p in &crossed.items {
            assert!(p.themes.iter().any(|t| t.code == "culture"));
        }
        let response = app.get("/api/v1/projects?sort=budget&page=x").await;
        assert_eq!(response.status(), 400);
        let problem: Problem = response.json().await.expect("problem");
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["page", "sort"]);
    }
}

#[actix_web::test]
async fn the_project_sheet_has_every_field_and_links_both_sides() {
    for app in spawn_apps(Content::Demo) {
        let with_volunteers: Page<ProjectSummary> = app
            .get_json("/api/v1/projects?volunteers=true&per_page=1")
            .await;
        let id = with_volunteers.items[0].id;
        let p: ProjectSheet = app.get_json(&format!("/api/v1/projects/{id}")).await;
        assert_eq!(p.title, with_volunteers.items[0].title);
        assert!(!p.volunteers.is_empty());
        assert!(!p.themes.is_empty());
        assert!(p.objectives.is_some() && p.description.is_some());
        assert!(p.partner.is_some());
        assert_eq!(
            p.country.code,
            p.partner
                .as_ref()
                .map(|x| x.country_code.clone())
                .unwrap_or_default()
        );
        assert!(!p.continent.code.is_empty());
        assert!(!p.contacts.is_empty());
        let raw: serde_json::Value = app.get_json(&format!("/api/v1/projects/{id}")).await;
        for field in [
            "kind",
            "status",
            "financings",
            "collectivite",
            "co_collectivites",
            "co_partners",
            "is_jumelage",
            "updated_at",
        ] {
            assert!(raw.get(field).is_some(), "{field}");
        }
        // Financings are ordered by source then year, in cents.
        let financed: Page<ProjectSummary> = app
            .get_json("/api/v1/projects?financing=mae-daect&per_page=1")
            .await;
        let f: ProjectSheet = app
            .get_json(&format!("/api/v1/projects/{}", financed.items[0].id))
            .await;
        assert!(
            f.financings
                .iter()
                .any(|x| x.source == "mae-daect" && x.amount_cents > 0)
        );
    }
}
