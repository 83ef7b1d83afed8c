//! The world access: continents, sub-continents and countries, whose figures add up level by
//! level.

use atlas_db::testing::Content;
use atlas_domain::{
    ApdYear, Continent, ContinentDetail, CountryDetail, CountrySummary, MarkerKind, MarkerLayer,
    Page, Problem, Stats, SubcontinentDetail,
};

use crate::helpers::spawn_apps;

fn apd_total(years: &[ApdYear]) -> i64 {
    years.iter().map(|y| y.amount_cents).sum()
}

#[actix_web::test]
async fn continent_figures_add_up_to_the_world_and_their_countries_add_up_to_them() {
    for app in spawn_apps(Content::Demo) {
        let stats: Stats = app.get_json("/api/v1/stats").await;
        let list: Page<Continent> = app.get_json("/api/v1/continents").await;
        let mut projects = 0;
        let mut requests = 0;
        for continent in list.items.iter().filter(|c| c.code != "antarctique") {
            let d: ContinentDetail = app
                .get_json(&format!("/api/v1/continents/{}", continent.code))
                .await;
            let f = &d.figures;
            assert_eq!(
                f.projects,
                continent.cooperation_projects + continent.other_actions
            );
            assert_eq!(f.cooperation_projects + f.other_actions, f.projects);
            assert_eq!(f.collectivites, continent.collectivites, "{}", d.code);
            assert_eq!(f.partners, continent.partners, "{}", d.code);
            assert_eq!(f.bourse_requests, continent.bourse_requests);
            assert_eq!(
                d.countries.iter().filter(|c| c.projects > 0).count() as i64,
                f.countries
            );
            let by_country: i64 = d.countries.iter().map(|c| c.projects).sum();
            let by_sub: i64 = d.subcontinents.iter().map(|c| c.projects).sum();
            assert_eq!(by_country, f.projects, "{} countries", d.code);
            assert_eq!(by_sub, f.projects, "{} sub-continents", d.code);
            let requests_by_country: i64 = d.countries.iter().map(|c| c.bourse_requests).sum();
            assert_eq!(requests_by_country, f.bourse_requests, "{}", d.code);
            let by_kind: i64 = f.by_collectivite_kind.iter().map(|s| s.count).sum();
            assert_eq!(by_kind, f.projects, "{} collectivité types", d.code);
            assert_eq!(f.by_continent.len(), usize::from(f.projects > 0));
            assert!(f.by_theme.iter().map(|s| s.count).sum::<i64>() >= f.projects);
            projects += f.projects;
            requests += f.bourse_requests;
        }
        assert_eq!(projects, stats.totals.projects);
        assert_eq!(requests, stats.totals.bourse_requests);
    }
}

#[actix_web::test]
async fn a_subcontinent_adds_up_its_countries_apd_and_figures() {
    for app in spawn_apps(Content::Demo) {
        let sub: SubcontinentDetail = app
            .get_json("/api/v1/subcontinents/afrique-de-l-ouest")
            .await;
        assert_eq!(sub.continent.code, "afrique");
        assert!(!sub.figures.apd_by_year.is_empty());
        let mut projects = 0;
        let mut apd = 0;
        for row in &sub.countries {
            let country: CountryDetail = app
                .get_json(&format!("/api/v1/countries/{}", row.code))
                .await;
            assert_eq!(country.subcontinent.code, sub.code);
            assert_eq!(country.figures.projects, row.projects, "{}", row.code);
            assert_eq!(country.figures.collectivites, row.collectivites);
            assert_eq!(country.figures.partners, row.partners);
            assert_eq!(country.bourse_requests.len() as i64, row.bourse_requests);
            projects += country.figures.projects;
            apd += apd_total(&country.figures.apd_by_year);
        }
        assert_eq!(projects, sub.figures.projects);
        // APD received by countries without projects counts in the sub-continent too.
        assert!(apd <= apd_total(&sub.figures.apd_by_year));
        assert!(apd > 0);
    }
}

#[actix_web::test]
async fn a_country_page_has_figures_requests_and_the_same_counts_as_its_map() {
    for app in spawn_apps(Content::Demo) {
        let sn: CountryDetail = app.get_json("/api/v1/countries/sn").await;
        assert_eq!((sn.code.as_str(), sn.name_fr.as_str()), ("SN", "Sénégal"));
        assert_eq!(sn.continent.code, "afrique");
        assert!(sn.centre.is_some());
        let f = &sn.figures;
        assert!(f.projects > 0 && f.jumelages >= 0);
        assert_eq!(f.countries, 1);
        let layer: MarkerLayer = app
            .get_json("/api/v1/map/markers?level=partner&country=SN")
            .await;
        let count = |kind: MarkerKind| -> i64 {
            layer
                .features
                .iter()
                .filter(|m| m.properties.kind == kind)
                .map(|m| m.properties.count)
                .sum()
        };
        assert_eq!(
            count(MarkerKind::CooperationDecentralisee),
            f.cooperation_projects
        );
        assert_eq!(count(MarkerKind::AutreActionExterieure), f.other_actions);
        assert_eq!(count(MarkerKind::DemandeCooperation), f.bourse_requests);
        assert_eq!(sn.bourse_requests.len() as i64, f.bourse_requests);
        for request in &sn.bourse_requests {
            assert_eq!(request.country_code, "SN");
            assert!(!request.title.is_empty() && !request.themes.is_empty());
        }
        assert!(!f.apd_by_year.is_empty());
        assert!(f.apd_by_year.windows(2).all(|w| w[0].year < w[1].year));
    }
}

#[actix_web::test]
async fn the_country_list_covers_the_reference_and_filters_by_place() {
    for app in spawn_apps(Content::Demo) {
        let stats: Stats = app.get_json("/api/v1/stats").await;
        let all: Page<CountrySummary> = app.get_json("/api/v1/countries").await;
        assert_eq!(all.total, 250);
        assert_eq!(
            all.items.iter().map(|c| c.projects).sum::<i64>(),
            stats.totals.projects
        );
        let active = all.items.iter().filter(|c| c.projects > 0).count() as i64;
        assert_eq!(active, stats.totals.countries);
        let africa: Page<CountrySummary> =
            app.get_json("/api/v1/countries?continent=afrique").await;
        assert!(africa.items.iter().all(|c| c.continent_code == "afrique"));
        let water: Page<CountrySummary> = app
            .get_json("/api/v1/countries?continent=afrique&theme=eau-assainissement")
            .await;
        assert_eq!(water.total, africa.total);
        let africa_projects: i64 = africa.items.iter().map(|c| c.projects).sum();
        let water_projects: i64 = water.items.iter().map(|c| c.projects).sum();
        assert!(0 < water_projects && water_projects < africa_projects);
    }
}

#[actix_web::test]
async fn unknown_places_and_items_are_problem_json_404() {
    for app in spawn_apps(Content::Demo) {
        for path in [
            "/api/v1/continents/atlantide",
            "/api/v1/subcontinents/nope",
            "/api/v1/countries/ZZ",
            "/api/v1/regions/99",
            "/api/v1/departements/00",
            "/api/v1/collectivites/999999",
            "/api/v1/partners/999999",
            "/api/v1/projects/999999",
        ] {
            let response = app.get(path).await;
            assert_eq!(response.status(), 404, "{path}");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
        }
        let response = app.get("/api/v1/projects/abc").await;
        assert_eq!(response.status(), 400);
        let problem: Problem = response.json().await.expect("problem");
        assert_eq!(problem.status, 400);
    }
}
