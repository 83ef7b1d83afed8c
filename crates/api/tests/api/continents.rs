//! `GET /api/v1/continents`.

use atlas_db::testing::Content;
use atlas_domain::{Continent, Page, Stats};

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn continents_list_every_continent_with_figures_that_agree_with_stats() {
    for app in spawn_apps(Content::Demo) {
        let page: Page<Continent> = app.get_json("/api/v1/continents").await;
        assert_eq!(page.total, 8);
        assert_eq!(page.items.len(), 8);
        assert_eq!(page.items[0].code, "europe");
        let stats: Stats = app.get_json("/api/v1/stats").await;
        for row in &stats.by_continent {
            let c = page
                .items
                .iter()
                .find(|c| c.code == row.code)
                .expect("continent");
            assert_eq!(c.collectivites, row.collectivites);
            assert_eq!(c.partners, row.partners);
            assert_eq!(c.active_countries, row.countries);
            assert_eq!(
                c.cooperation_projects + c.other_actions,
                row.projects,
                "{}",
                c.code
            );
            assert!(c.country_count >= c.active_countries);
        }
        let bourse: i64 = page.items.iter().map(|c| c.bourse_requests).sum();
        assert_eq!(bourse, stats.totals.bourse_requests);
        let antarctica = page
            .items
            .iter()
            .find(|c| c.code == "antarctique")
            .expect("antarctica");
        assert_eq!(
            (antarctica.collectivites, antarctica.cooperation_projects),
            (0, 0)
        );
    }
}
