//! `GET /api/v1/stats` on the demo dataset.

use atlas_db::demo::PUBLISHED;
use atlas_db::testing::Content;
use atlas_domain::Stats;

use crate::helpers::spawn_apps;

/// Within ±2 % of `expected` (the acceptance tolerance of the demo dataset).
fn close(actual: i64, expected: usize) -> bool {
    (actual as f64 - expected as f64).abs() <= expected as f64 * 0.02
}

#[actix_web::test]
async fn stats_match_the_published_table_within_two_percent() {
    for app in spawn_apps(Content::Demo) {
        let stats: Stats = app.get_json("/api/v1/stats").await;
        assert!(stats.dataset.demo);
        assert_eq!(
            stats.dataset.label.as_deref(),
            Some("Données de démonstration")
        );
        assert_eq!(stats.by_continent.len(), PUBLISHED.len());
        for target in PUBLISHED {
            let row = stats
                .by_continent
                .iter()
                .find(|r| r.code == target.code)
                .expect("continent row");
            assert!(
                close(row.collectivites, target.collectivites),
                "{:?} {} collectivités {}",
                app.backend,
                target.code,
                row.collectivites
            );
            assert!(
                close(row.partners, target.partners),
                "{:?} {} partners {}",
                app.backend,
                target.code,
                row.partners
            );
            assert!(
                close(row.countries, target.countries),
                "{:?} {} countries {}",
                app.backend,
                target.code,
                row.countries
            );
            assert!(
                close(row.projects, target.projects),
                "{:?} {} projects {}",
                app.backend,
                target.code,
                row.projects
            );
        }
    }
}

#[actix_web::test]
async fn headline_figures_are_consistent() {
    for app in spawn_apps(Content::Demo) {
        let t = app.get_json::<Stats>("/api/v1/stats").await.totals;
        assert_eq!(t.cooperation_projects + t.other_actions, t.projects);
        assert!(close(t.collectivites, 4800), "{}", t.collectivites);
        assert!((700..=800).contains(&t.other_actions));
        assert_eq!(
            (t.bourse_requests, t.bourse_authorities, t.bourse_countries),
            (137, 109, 34)
        );
        let apd = t.apd_amount_cents.expect("APD of the latest year");
        assert!((4_500_000_000..=7_200_000_000).contains(&apd), "{apd}");
    }
}

#[actix_web::test]
async fn an_empty_atlas_has_zero_figures_and_no_demo_label() {
    for app in spawn_apps(Content::Reference) {
        let stats: Stats = app.get_json("/api/v1/stats").await;
        assert!(!stats.dataset.demo);
        assert_eq!(stats.dataset.label, None);
        assert_eq!(stats.totals.projects, 0);
        assert!(stats.by_continent.is_empty());
        assert_eq!(stats.totals.apd_year, None);
    }
}
