//! Partner authorities: the list per country with their French partners, and the partner page.

use atlas_db::testing::Content;
use atlas_domain::{CountryDetail, Page, PartnerDetail, PartnerSummary};

use crate::helpers::spawn_apps;

#[actix_web::test]
async fn a_countrys_partners_with_their_french_partners() {
    for app in spawn_apps(Content::Demo) {
        let sn: CountryDetail = app.get_json("/api/v1/countries/SN").await;
        let first: Page<PartnerSummary> = app
            .get_json("/api/v1/partners?country=SN&per_page=200")
            .await;
        assert_eq!(first.total, sn.figures.partners);
        let led: i64 = first
            .items
            .iter()
            .map(|p| p.cooperation_projects + p.other_actions)
            .sum();
        assert_eq!(led, sn.figures.projects);
        for p in &first.items {
            assert_eq!(p.country.code, "SN");
            assert_eq!(p.country.name, "Sénégal");
            assert!(!p.partnerships.is_empty(), "{}", p.name);
            for s in &p.partnerships {
                assert_eq!(s.partner.id, p.id);
            }
            let pairs: i64 = p
                .partnerships
                .iter()
                .map(|s| s.cooperation_projects + s.other_actions)
                .sum();
            assert_eq!(
                pairs,
                p.cooperation_projects + p.other_actions,
                "{}",
                p.name
            );
        }
        let page2: Page<PartnerSummary> = app
            .get_json("/api/v1/partners?country=SN&per_page=5&page=2")
            .await;
        let ids: Vec<i32> = first.items.iter().map(|p| p.id).collect();
        assert_eq!(
            page2.items.iter().map(|p| p.id).collect::<Vec<_>>(),
            ids[5..10.min(ids.len())]
        );
    }
}

#[actix_web::test]
async fn a_partner_page_shows_its_french_partners_and_location() {
    for app in spawn_apps(Content::Demo) {
        let list: Page<PartnerSummary> =
            app.get_json("/api/v1/partners?country=DE&per_page=1").await;
        let summary = &list.items[0];
        let p: PartnerDetail = app
            .get_json(&format!("/api/v1/partners/{}", summary.id))
            .await;
        assert_eq!((p.id, &p.name), (summary.id, &summary.name));
        assert_eq!(
            (p.country.code.as_str(), p.continent.code.as_str()),
            ("DE", "europe")
        );
        assert!(p.location.is_some());
        assert_eq!(p.partnerships, summary.partnerships);
        assert!(p.figures.projects >= summary.cooperation_projects + summary.other_actions);
        assert!(
            p.figures.apd_by_year.is_empty(),
            "APD is declared per country"
        );
    }
}
