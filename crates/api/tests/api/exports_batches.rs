//! Exports that span several batches: one document, every project once, in the order of
//! search, whatever the format (the stream reads two batches at a time).

use std::collections::BTreeSet;

use atlas_db::testing::Content;

use crate::exports::{AFRICA, Results, download, search};
use crate::helpers::spawn_apps;

/// Batches are read two at a time and sent in order: a download of several batches is one
/// document, every project once, in the order of search, whatever the format.
#[actix_web::test]
async fn exports_of_several_batches_keep_the_order_of_search() {
    for app in spawn_apps(Content::Demo) {
        let results = search(&app, AFRICA).await;
        assert!(
            results.total > 2000,
            "three batches or more: {}",
            results.total
        );
        let query = format!("{AFRICA}&sort=name&columns=id");
        let json: Vec<serde_json::Value> = serde_json::from_slice(
            &download(
                &app,
                &format!("/api/v1/exports/projects.json?{query}"),
                "application/json",
            )
            .await,
        )
        .expect("one JSON array");
        let from_json: Vec<i64> = json.iter().map(|i| i["id"].as_i64().expect("id")).collect();
        let csv = download(
            &app,
            &format!("/api/v1/exports/projects.csv?{query}"),
            "text/csv",
        )
        .await;
        let mut reader = csv::Reader::from_reader(&csv[3..]);
        let from_csv: Vec<i64> = reader
            .records()
            .map(|r| r.expect("a CSV record")[0].parse().expect("an id"))
            .collect();
        assert_eq!(from_json.len() as i64, results.total, "{:?}", app.backend);
        assert_eq!(from_json, from_csv, "{:?}", app.backend);
        let distinct: BTreeSet<i64> = from_json.iter().copied().collect();
        assert_eq!(distinct.len(), from_json.len(), "{:?}", app.backend);
        // The pages of the search, end to end, are the export.
        let last_page = (results.total + 99) / 100;
        let page: Results = app
            .get_json(&format!(
                "/api/v1/search?{AFRICA}&sort=name&per_page=100&page={last_page}"
            ))
            .await;
        let tail: Vec<i64> = page.items.iter().map(|h| h.id.into()).collect();
        assert_eq!(
            from_json[from_json.len() - tail.len()..],
            tail[..],
            "{:?}",
            app.backend
        );
    }
}
