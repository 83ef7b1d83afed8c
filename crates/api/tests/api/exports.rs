//! `GET /api/v1/exports/projects.{csv,xlsx,geojson,json,pdf}`: every file read back with a
//! real parser and checked against search for the same query string, on both backends.

use std::collections::BTreeSet;
use std::io::Cursor;

use atlas_domain::{ExportColumn, SearchHit, SearchResults};

use crate::helpers::{TestApp, assert_bad_fields, spawn_apps};
use atlas_db::testing::Content;

pub type Results = SearchResults<SearchHit>;

/// Decentralised cooperations in Africa: a few thousand projects, several export batches.
pub const AFRICA: &str = "continent=afrique&kind=cooperation_decentralisee";

/// The total and the first page (100, in the default order) of a search.
pub async fn search(app: &TestApp, query: &str) -> Results {
    app.get_json(&format!("/api/v1/search?{query}&per_page=100"))
        .await
}

/// GETs an export, asserts a 200 download of `media`, and returns the body.
pub async fn download(app: &TestApp, path: &str, media: &str) -> Vec<u8> {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "{:?} GET {path}", app.backend);
    let headers = response.headers().clone();
    assert!(
        headers["content-type"]
            .to_str()
            .expect("content type")
            .starts_with(media),
        "{path}: {:?}",
        headers["content-type"]
    );
    let disposition = headers["content-disposition"].to_str().expect("ascii");
    let extension = path.split('?').next().and_then(|p| p.rsplit('.').next());
    assert!(
        disposition.starts_with("attachment")
            && disposition.contains(&format!(".{}", extension.expect("extension"))),
        "{disposition}"
    );
    response.bytes().await.expect("body").to_vec()
}

/// A hit of `results` whose title or collectivité is spelt with letters beyond ASCII.
fn accented(results: &Results) -> &SearchHit {
    results
        .items
        .iter()
        .find(|h| !h.title.is_ascii() && !h.collectivite.name.is_ascii())
        .or_else(|| results.items.iter().find(|h| !h.title.is_ascii()))
        .expect("an accented project in the first page")
}

fn csv_reader(body: &[u8]) -> csv::Reader<&[u8]> {
    assert!(body.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM first");
    csv::Reader::from_reader(&body[3..])
}

#[actix_web::test]
async fn csv_lists_every_project_of_the_search_with_french_headers_and_accents() {
    for app in spawn_apps(Content::Demo) {
        let results = search(&app, AFRICA).await;
        assert!(results.total > 1000, "several batches: {}", results.total);
        let body = download(
            &app,
            &format!("/api/v1/exports/projects.csv?{AFRICA}"),
            "text/csv",
        )
        .await;
        let mut reader = csv_reader(&body);
        let labels: Vec<&str> = ExportColumn::DEFAULT.iter().map(|c| c.label()).collect();
        assert_eq!(reader.headers().expect("header"), labels.as_slice());
        let records: Vec<csv::StringRecord> = reader
            .records()
            .collect::<Result<_, _>>()
            .expect("valid CSV");
        assert_eq!(records.len() as i64, results.total, "{:?}", app.backend);
        let ids: Vec<i32> = records
            .iter()
            .map(|r| r[0].parse().expect("numeric id"))
            .collect();
        assert_eq!(
            ids.iter().collect::<BTreeSet<_>>().len(),
            ids.len(),
            "no project twice"
        );
        // Same order as search.
        let first_page: Vec<i32> = results.items.iter().map(|h| h.id).collect();
        assert_eq!(&ids[..first_page.len()], first_page.as_slice());
        // Accents survive, in the title and the collectivité.
        let hit = accented(&results);
        let row = records
            .iter()
            .find(|r| r[0] == *hit.id.to_string())
            .expect("the accented project");
        assert_eq!(&row[1], hit.title);
        assert_eq!(&row[4], hit.collectivite.name);
        assert_eq!(&row[2], "Coopération décentralisée");
        assert_eq!(&row[10], "Afrique");

        // Chosen columns, in the chosen order.
        let body = download(
            &app,
            &format!("/api/v1/exports/projects.csv?{AFRICA}&columns=title,country,id"),
            "text/csv",
        )
        .await;
        let mut reader = csv_reader(&body);
        assert_eq!(
            reader.headers().expect("header"),
            vec!["Intitulé du projet", "Pays", "Identifiant"]
        );
        let records: Vec<csv::StringRecord> = reader
            .records()
            .collect::<Result<_, _>>()
            .expect("valid CSV");
        assert_eq!(records.len() as i64, results.total);
        assert!(records.iter().all(|r| r.len() == 3 && !r[1].is_empty()));
        assert_eq!(records[0][2], first_page[0].to_string());
    }
}

#[actix_web::test]
async fn json_has_one_object_per_project_keyed_by_the_chosen_columns() {
    for app in spawn_apps(Content::Demo) {
        let query = "country=SN";
        let results = search(&app, query).await;
        let body = download(
            &app,
            &format!("/api/v1/exports/projects.json?{query}&columns=id,kind,partner,budget"),
            "application/json",
        )
        .await;
        let items: Vec<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_slice(&body).expect("a JSON array of objects");
        assert_eq!(items.len() as i64, results.total, "{:?}", app.backend);
        for item in &items {
            let keys: BTreeSet<&str> = item.keys().map(String::as_str).collect();
            assert_eq!(keys, BTreeSet::from(["id", "kind", "partner", "budget"]));
            assert!(
                item["kind"] == "cooperation_decentralisee"
                    || item["kind"] == "autre_action_exterieure"
            );
        }
        assert!(items.iter().any(|i| i["budget"].is_i64()));
        // The sort option is the one of search.
        let by_name: Vec<serde_json::Value> = serde_json::from_slice(
            &download(
                &app,
                &format!("/api/v1/exports/projects.json?{query}&sort=name&columns=id"),
                "application/json",
            )
            .await,
        )
        .expect("JSON");
        let searched: Results = app
            .get_json(&format!("/api/v1/search?{query}&sort=name&per_page=20"))
            .await;
        let first: Vec<i64> = searched.items.iter().map(|h| h.id.into()).collect();
        let exported: Vec<i64> = by_name[..first.len()]
            .iter()
            .map(|i| i["id"].as_i64().expect("id"))
            .collect();
        assert_eq!(exported, first);
    }
}

#[actix_web::test]
async fn geojson_places_each_project_at_its_partner_lon_lat() {
    for app in spawn_apps(Content::Demo) {
        let query = "country=SN";
        let results = search(&app, query).await;
        let body = download(
            &app,
            &format!("/api/v1/exports/projects.geojson?{query}&columns=title,partner"),
            "application/geo+json",
        )
        .await;
        let text = std::str::from_utf8(&body).expect("UTF-8");
        let parsed: geojson::GeoJson = text.parse().expect("valid GeoJSON");
        let geojson::GeoJson::FeatureCollection(collection) = parsed else {
            panic!("a FeatureCollection")
        };
        assert_eq!(collection.features.len() as i64, results.total);
        let mut at_partner = 0;
        for feature in &collection.features {
            let props = feature.properties.as_ref().expect("properties");
            assert!(props.contains_key("title") && props.contains_key("partner"));
            let geometry = feature.geometry.as_ref().expect("every project is placed");
            let geojson::GeometryValue::Point { coordinates } = &geometry.value else {
                panic!("a point")
            };
            let (lon, lat) = (coordinates[0], coordinates[1]);
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            if !props["partner"].is_null() {
                // Senegal: longitude about -17 to -11, latitude 12 to 17 (so not swapped).
                assert!(
                    (-18.0..=-11.0).contains(&lon) && (12.0..=17.0).contains(&lat),
                    "{lon},{lat}"
                );
                at_partner += 1;
            }
        }
        assert!(at_partner > 0);
    }
}

#[actix_web::test]
async fn xlsx_reads_back_with_its_header_and_one_row_per_project() {
    use calamine::{Data, Reader, Xlsx};
    for app in spawn_apps(Content::Demo) {
        let query = "country=SN";
        let results = search(&app, query).await;
        let body = download(
            &app,
            &format!("/api/v1/exports/projects.xlsx?{query}"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        .await;
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(body)).expect("an XLSX file");
        let sheet = book.worksheet_range("Projets").expect("the Projets sheet");
        assert_eq!(
            sheet.height() as i64,
            results.total + 1,
            "{:?}",
            app.backend
        );
        assert_eq!(sheet.width(), ExportColumn::DEFAULT.len());
        assert_eq!(
            sheet.get((0, 1)),
            Some(&Data::String("Intitulé du projet".into()))
        );
        // Ids are numbers, in the order of search.
        assert_eq!(
            sheet.get((1, 0)),
            Some(&Data::Float(f64::from(results.items[0].id)))
        );
        assert_eq!(
            sheet.get((1, 1)),
            Some(&Data::String(results.items[0].title.clone()))
        );
    }
}

/// The country whose number of projects is closest to 100.
fn country_of_about_100(results: &Results) -> (String, i64) {
    let facet = results.facet("country").expect("country facet");
    let v = facet
        .values
        .iter()
        .min_by_key(|v| (v.count - 100).abs())
        .expect("countries");
    (v.value.clone(), v.count)
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("export.pdf");
    std::fs::write(&path, pdf).expect("write pdf");
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils; scripts/setup.sh build installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

#[actix_web::test]
async fn pdf_report_of_about_100_projects_is_small_and_readable() {
    for app in spawn_apps(Content::Demo) {
        let all = search(&app, "kind=cooperation_decentralisee").await;
        let (country, count) = country_of_about_100(&all);
        let query = format!("kind=cooperation_decentralisee&country={country}");
        let pdf = download(
            &app,
            &format!("/api/v1/exports/projects.pdf?{query}"),
            "application/pdf",
        )
        .await;
        assert!(pdf.starts_with(b"%PDF"));
        println!(
            "{:?}: PDF report of {count} projects: {} bytes",
            app.backend,
            pdf.len()
        );
        let _ = std::fs::write(std::env::temp_dir().join("atlas-export-100.pdf"), &pdf);
        assert!(pdf.len() <= 300_000, "{} bytes", pdf.len());
        let text = pdf_text(&pdf);
        assert!(text.contains("Atlas de l'action extérieure des collectivités"));
        assert!(
            text.contains("Type d'action : Coopération décentralisée"),
            "{text}"
        );
        assert!(
            text.contains(&format!("{count} projets")),
            "the summary counts them"
        );

        // A title alone on its line, accents intact.
        let results = search(&app, &query).await;
        let hit = accented(&results);
        let pdf = download(
            &app,
            &format!("/api/v1/exports/projects.pdf?{query}&columns=title"),
            "application/pdf",
        )
        .await;
        let text = pdf_text(&pdf);
        assert!(text.contains(&hit.title), "{} not in\n{text}", hit.title);
    }
}

#[actix_web::test]
async fn pdf_lists_the_first_2000_projects_and_says_so() {
    for app in spawn_apps(Content::Demo) {
        let results = search(&app, AFRICA).await;
        assert!(results.total > 2000);
        let pdf = download(
            &app,
            &format!("/api/v1/exports/projects.pdf?{AFRICA}&columns=id"),
            "application/pdf",
        )
        .await;
        let text = pdf_text(&pdf);
        assert!(
            text.contains("Ce rapport liste les 2 000 premiers projets"),
            "{:?}",
            &text[..text.len().min(2000)]
        );
        let listed: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(listed.len(), 2000, "one id line per listed project");
    }
}

#[actix_web::test]
async fn bad_input_is_a_400_naming_the_field_for_every_format() {
    for app in spawn_apps(Content::Reference) {
        for ext in ["csv", "xlsx", "geojson", "json", "pdf"] {
            let path = format!("/api/v1/exports/projects.{ext}");
            assert_bad_fields(
                app.get(&format!("{path}?year_from=20x9")).await,
                &["year_from"],
            )
            .await;
            assert_bad_fields(
                app.get(&format!("{path}?columns=title,horoscope")).await,
                &["columns"],
            )
            .await;
            assert_bad_fields(app.get(&format!("{path}?country=ZZ")).await, &["country"]).await;
            assert_bad_fields(app.get(&format!("{path}?colums=title")).await, &["colums"]).await;
        }
    }
}
