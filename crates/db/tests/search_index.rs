//! The in-memory facet index answers every search exactly as the all-SQL reference does
//! (total, page order, every facet count), on both backends, and is rebuilt when the projects
//! change.
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

use atlas_db::DbConn;
use atlas_db::search::filter::{self, Resolved};
use atlas_db::search::{self, SearchIndex};
use atlas_db::testing::{Content, each_backend};
use atlas_domain::{ProjectQuery, SearchHit, SearchPaging, SearchResults, SearchSort};

fn query(pairs: &[(&str, &str)]) -> ProjectQuery {
    let json: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
        .collect();
    serde_json::from_value(serde_json::Value::Object(json)).unwrap()
}

fn resolved(conn: &mut DbConn, pairs: &[(&str, &str)]) -> Resolved {
    filter::resolve(conn, &query(pairs).parse().unwrap())
        .unwrap()
        .unwrap()
}

/// Facet values sorted by value, so ties in the display order do not matter.
fn comparable(mut results: SearchResults<SearchHit>) -> serde_json::Value {
    for facet in &mut results.facets {
        facet.values.sort_by(|a, b| a.value.cmp(&b.value));
    }
    serde_json::to_value(results).unwrap()
}

#[test]
fn the_index_answers_like_the_sql_reference() {
    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("q", "patrimoine")],
        vec![("q", "eau"), ("continent", "afrique")],
        vec![
            ("q", "coopération culturelle"),
            ("theme", "culture,education-formation"),
        ],
        vec![("kind", "autre_action_exterieure")],
        vec![("theme", "patrimoine,culture"), ("jumelage", "true")],
        vec![("jumelage", "false"), ("country", "SN,ML")],
        vec![("financing", "mae-daect:2009,afd")],
        vec![
            ("year_from", "2012"),
            ("year_to", "2014"),
            ("status", "termine"),
        ],
        vec![("status", "archive,en_cours")],
        vec![
            ("subcontinent", "asie-de-l-ouest-europe"),
            ("volunteers", "true"),
        ],
        vec![("region", "84"), ("collectivite_kind", "commune")],
        vec![("departement", "69,13"), ("q", "formation")],
        vec![("collectivite", "1,2,3,500")],
        vec![("partner", "10,20,8000")],
        vec![("volunteers", "false"), ("continent", "oceanie")],
        vec![
            ("kind", "cooperation_decentralisee"),
            ("region", "84"),
            ("theme", "patrimoine"),
            ("country", "IN"),
            ("financing", "mae-daect:2009,afd"),
        ],
        vec![("q", "zzzzzz")],
    ];
    let pagings = [
        SearchPaging {
            sort: SearchSort::Date,
            page: 3,
            per_page: 7,
        },
        SearchPaging {
            sort: SearchSort::Name,
            page: 2,
            per_page: 50,
        },
        SearchPaging {
            sort: SearchSort::Relevance,
            page: 1000,
            per_page: 20,
        },
    ];
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let index = SearchIndex::new();
        for case in &cases {
            let r = resolved(&mut conn, case);
            // Everything on the first page; the order of the other pages (the facets do not
            // depend on the page).
            let got = search::search(&mut conn, &index, &r, SearchPaging::default()).unwrap();
            let expected = search::sql_search(&mut conn, &r, SearchPaging::default()).unwrap();
            assert_eq!(
                comparable(got),
                comparable(expected),
                "{:?} {case:?}",
                test_db.backend
            );
            for paging in pagings {
                let got = search::search(&mut conn, &index, &r, paging).unwrap();
                let ids: Vec<i32> = got.items.iter().map(|h| h.id).collect();
                let expected = search::page::page_ids(
                    &mut conn,
                    &r,
                    paging.sort,
                    paging.page,
                    paging.per_page,
                )
                .unwrap();
                assert_eq!(ids, expected, "{:?} {case:?} {paging:?}", test_db.backend);
            }
        }
    }
}

#[test]
fn the_index_follows_changes_to_the_projects() {
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let index = SearchIndex::new();
        let r = resolved(&mut conn, &[]);
        let before = search::search(&mut conn, &index, &r, SearchPaging::default()).unwrap();
        let first = before.items[0].id;
        // Archive the first hit as a writer would: in a transaction that bumps the generation.
        let sql = format!("UPDATE projects SET status = 'archive' WHERE id = {first}");
        let generation = atlas_db::meta::new_generation();
        let set =
            format!("UPDATE dataset_meta SET value = '{generation}' WHERE key = 'data_generation'");
        let insert = format!(
            "INSERT INTO dataset_meta (key, value) SELECT 'data_generation', '{generation}' \
             WHERE NOT EXISTS (SELECT 1 FROM dataset_meta WHERE key = 'data_generation')"
        );
        match &mut conn {
            DbConn::Sqlite(c) => {
                use diesel::connection::SimpleConnection;
                c.batch_execute(&format!("{sql}; {set}; {insert};"))
                    .unwrap();
            }
            DbConn::Pg(c) => {
                use diesel::connection::SimpleConnection;
                c.batch_execute(&format!("{sql}; {set}; {insert};"))
                    .unwrap();
            }
        }
        let after = search::search(&mut conn, &index, &r, SearchPaging::default()).unwrap();
        assert_eq!(after.total, before.total - 1, "{:?}", test_db.backend);
        assert!(after.items.iter().all(|h| h.id != first));
        let reference = search::sql_search(&mut conn, &r, SearchPaging::default()).unwrap();
        assert_eq!(comparable(after), comparable(reference));
    }
}
