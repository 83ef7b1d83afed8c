//! Storage integration tests, run on every available backend (SQLite always; PostgreSQL when
//! reachable, and required in CI).

use atlas_db::demo::{self, DemoOptions, PUBLISHED};
use atlas_db::figures::stats;
use atlas_db::models::*;
use atlas_db::schema::*;
use atlas_db::testing::{Content, each_backend};
use atlas_db::{Backend, DbConn};
use diesel::prelude::*;

/// Loads a few rows of each listed table through its row struct.
macro_rules! check_tables {
    ($c:expr, $backend:expr, $($table:ident => $row:ty),+ $(,)?) => {{
        $(
            let rows: Vec<$row> = $table::table
                .select(<$row>::as_select())
                .limit(3)
                .load($c)
                .unwrap_or_else(|e| panic!("{:?} {}: {e}", $backend, stringify!($table)));
            let _ = rows;
        )+
    }};
}

/// Every table of the schema with its row struct.
macro_rules! check_every_table {
    ($c:expr, $backend:expr) => {
        check_tables!($c, $backend,
                continents => ContinentRow, subcontinents => SubcontinentRow, countries => CountryRow,
                regions => RegionRow, departements => DepartementRow, communes => CommuneRow,
                epcis => EpciRow, cities => CityRow, themes => ThemeRow, financing_sources => FinancingSourceRow,
                networks => NetworkRow, collectivites => CollectiviteRow, contacts => ContactRow,
                network_memberships => NetworkMembershipRow, partners => PartnerRow, partnerships => PartnershipRow,
                projects => ProjectRow, project_themes => ProjectThemeRow, project_financings => ProjectFinancingRow,
                project_collectivites => ProjectCollectiviteRow, project_partners => ProjectPartnerRow,
                project_contacts => ProjectContactRow, project_volunteers => ProjectVolunteerRow,
                project_texts => ProjectTextRow, apd_declarations => ApdDeclarationRow, apd_lines => ApdLineRow,
                bourse_requests => BourseRequestRow, bourse_request_themes => BourseRequestThemeRow,
            bourse_texts => BourseTextRow,
                users => UserRow, user_collectivites => UserCollectiviteRow, refresh_tokens => RefreshTokenRow,
                user_tokens => UserTokenRow, saved_searches => SavedSearchRow, saved_exports => SavedExportRow,
                campaigns => CampaignRow, campaign_entries => CampaignEntryRow, audit_log => AuditRow,
                email_outbox => OutboxRow, dataset_meta => DatasetMetaRow,
        )
    };
}

/// Selects every mapped column of every table: a column missing or of the wrong type in a
/// migration fails here, on the backend where it is wrong.
#[test]
fn every_table_matches_the_schema() {
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        match &mut conn {
            DbConn::Sqlite(c) => check_every_table!(&mut **c, test_db.backend),
            DbConn::Pg(c) => check_every_table!(&mut **c, test_db.backend),
        }
    }
}

#[test]
fn demo_reproduces_the_published_table_exactly() {
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let s = stats::stats(&mut db.conn().unwrap()).unwrap();
        assert!(s.dataset.demo);
        for target in PUBLISHED {
            let row = s
                .by_continent
                .iter()
                .find(|r| r.code == target.code)
                .unwrap();
            assert_eq!(
                (row.collectivites, row.partners, row.countries, row.projects),
                (
                    target.collectivites as i64,
                    target.partners as i64,
                    target.countries as i64,
                    target.projects as i64
                ),
                "{:?} {}",
                test_db.backend,
                target.code
            );
        }
        let t = &s.totals;
        assert!(
            (4700..=4900).contains(&t.collectivites),
            "{}",
            t.collectivites
        );
        assert!((135..=146).contains(&t.countries), "{}", t.countries);
        assert!(
            (700..=800).contains(&t.other_actions),
            "{}",
            t.other_actions
        );
        assert_eq!(
            (t.bourse_requests, t.bourse_authorities, t.bourse_countries),
            (137, 109, 34)
        );
        assert_eq!(t.apd_year, Some(2015));
    }
}

#[test]
fn apd_years_stay_in_the_published_range_with_three_quarters_to_africa() {
    #[derive(QueryableByName, Debug)]
    struct Year {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        year: i32,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        total: i64,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        africa: i64,
    }
    let sql = "SELECT d.year AS year, CAST(SUM(l.amount_cents) AS BIGINT) AS total, \
               CAST(SUM(CASE WHEN c.continent_code = 'afrique' THEN l.amount_cents ELSE 0 END) AS BIGINT) AS africa \
               FROM apd_lines l JOIN apd_declarations d ON d.id = l.declaration_id \
               LEFT JOIN countries c ON c.code = l.country_code GROUP BY d.year ORDER BY d.year";
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let years: Vec<Year> = match &mut conn {
            DbConn::Sqlite(c) => diesel::sql_query(sql).load(&mut **c).unwrap(),
            DbConn::Pg(c) => diesel::sql_query(sql).load(&mut **c).unwrap(),
        };
        let listed: Vec<i32> = years.iter().map(|y| y.year).collect();
        assert_eq!(listed, (2003..=2015).collect::<Vec<_>>());
        for y in years {
            assert!((4_500_000_000..=7_200_000_000).contains(&y.total), "{y:?}");
            let share = y.africa as f64 / y.total as f64;
            assert!((0.70..=0.80).contains(&share), "{y:?}");
        }
    }
}

#[test]
fn the_same_seed_generates_the_same_dataset() {
    let test_db = atlas_db::testing::sqlite(Content::Reference);
    let db = test_db.open();
    let a = demo::generate(&db, DemoOptions::default())
        .unwrap()
        .summary();
    let b = demo::generate(&db, DemoOptions::default())
        .unwrap()
        .summary();
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
    let other = demo::generate(&db, DemoOptions { seed: 7, scale: 1 })
        .unwrap()
        .summary();
    assert_eq!(
        other.projects, a.projects,
        "counts are fixed by the published table"
    );
}

/// The full-text index folds case, accents and (thanks to the write path) ligatures.
#[test]
fn fulltext_index_ignores_case_accents_and_ligatures() {
    for test_db in each_backend(Content::Reference) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let sqlite_sql =
            "SELECT rowid AS id FROM project_fts WHERE project_fts MATCH ? ORDER BY rowid";
        let pg_sql = "SELECT project_id AS id FROM project_texts \
                      WHERE document @@ plainto_tsquery('french', atlas_unaccent($1)) ORDER BY project_id";
        #[derive(QueryableByName)]
        struct Id {
            #[diesel(sql_type = diesel::sql_types::Integer)]
            id: i32,
        }
        let now = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let collectivite = CollectiviteRow {
            id: 1,
            kind: "commune".into(),
            name: "Lyon".into(),
            name_folded: "lyon".into(),
            siren: Some("216901231".into()),
            insee_code: Some("69123".into()),
            region_code: Some("84".into()),
            departement_code: Some("69".into()),
            population: None,
            lat: None,
            lon: None,
            address: None,
            postal_code: None,
            city: None,
            phone: None,
            email: None,
            website: None,
            last_validated_at: None,
            version: 1,
            created_at: now,
            updated_at: now,
        };
        let project = ProjectRow {
            id: 1,
            kind: "cooperation_decentralisee".into(),
            collectivite_id: 1,
            partner_id: None,
            country_code: "IN".into(),
            title: "Coopération pour le cœur historique".into(),
            objectives: None,
            description: None,
            history: None,
            context: None,
            start_year: None,
            end_year: None,
            status: "en_cours".into(),
            budget_cents: None,
            lat: None,
            lon: None,
            archived_at: None,
            version: 1,
            created_at: now,
            updated_at: now,
            title_folded: atlas_db::text::fold_key("Coopération pour le cœur historique"),
        };
        let text = ProjectTextRow {
            project_id: 1,
            title: atlas_db::text::fold_ligatures(&project.title),
            body: "Sauvegarde du patrimoine".into(),
            places: "Lyon · Pondichéry · Inde".into(),
        };
        let queries = [
            "cooperation",
            "COOPÉRATION",
            "coeur",
            "Cœur",
            "pondichery",
            "patrimoine",
        ];
        match &mut conn {
            DbConn::Sqlite(c) => {
                diesel::insert_into(collectivites::table)
                    .values(&collectivite)
                    .execute(&mut **c)
                    .unwrap();
                diesel::insert_into(projects::table)
                    .values(&project)
                    .execute(&mut **c)
                    .unwrap();
                diesel::insert_into(project_texts::table)
                    .values(&text)
                    .execute(&mut **c)
                    .unwrap();
                for q in queries {
                    let folded = format!("\"{}\"", atlas_db::text::fold_ligatures(q));
                    let ids: Vec<Id> = diesel::sql_query(sqlite_sql)
                        .bind::<diesel::sql_types::Text, _>(&folded)
                        .load(&mut **c)
                        .unwrap();
                    assert_eq!(
                        ids.iter().map(|i| i.id).collect::<Vec<_>>(),
                        vec![1],
                        "sqlite: {q}"
                    );
                }
            }
            DbConn::Pg(c) => {
                diesel::insert_into(collectivites::table)
                    .values(&collectivite)
                    .execute(&mut **c)
                    .unwrap();
                diesel::insert_into(projects::table)
                    .values(&project)
                    .execute(&mut **c)
                    .unwrap();
                diesel::insert_into(project_texts::table)
                    .values(&text)
                    .execute(&mut **c)
                    .unwrap();
                for q in queries {
                    let folded = atlas_db::text::fold_ligatures(q);
                    let ids: Vec<Id> = diesel::sql_query(pg_sql)
                        .bind::<diesel::sql_types::Text, _>(&folded)
                        .load(&mut **c)
                        .unwrap();
                    assert_eq!(
                        ids.iter().map(|i| i.id).collect::<Vec<_>>(),
                        vec![1],
                        "postgres: {q}"
                    );
                }
            }
        }
        assert!(matches!(
            test_db.backend,
            Backend::Sqlite | Backend::Postgres
        ));
    }
}

/// Stores `value` in `table.column` of row `id` past the column's CHECK constraint, as a newer
/// version of the Atlas with one more kind would have written it.
fn store_unknown(conn: &mut DbConn, table: &str, column: &str, id: i32, value: &str) {
    let update = format!("UPDATE {table} SET {column} = '{value}' WHERE id = {id}");
    match conn {
        DbConn::Sqlite(c) => diesel::sql_query("PRAGMA ignore_check_constraints = ON")
            .execute(&mut **c)
            .and_then(|_| diesel::sql_query(&update).execute(&mut **c)),
        DbConn::Pg(c) => diesel::sql_query(format!(
            "ALTER TABLE {table} DROP CONSTRAINT {table}_{column}_check"
        ))
        .execute(&mut **c)
        .and_then(|_| diesel::sql_query(&update).execute(&mut **c)),
    }
    .unwrap_or_else(|e| panic!("{update}: {e}"));
}

/// A kind the code does not know, in the database (a corrupt or newer dataset), fails every
/// read that shows it, naming the value, instead of turning into a plausible kind.
#[test]
fn an_unknown_stored_kind_fails_the_reads_instead_of_defaulting() {
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let (project, partner): (i32, Option<i32>) = match &mut conn {
            DbConn::Sqlite(c) => projects::table
                .filter(projects::partner_id.is_not_null())
                .select((projects::id, projects::partner_id))
                .first(&mut **c),
            DbConn::Pg(c) => projects::table
                .filter(projects::partner_id.is_not_null())
                .select((projects::id, projects::partner_id))
                .first(&mut **c),
        }
        .unwrap();
        let partner = partner.unwrap();
        // The value is in the error or its causes (a row's field error keeps it as source).
        let names_the_value = |e: atlas_db::DbError| {
            let mut chain = e.to_string();
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                chain.push_str(&format!(": {c}"));
                cause = c.source();
            }
            assert!(chain.contains("martien"), "{:?}: {chain}", test_db.backend);
        };

        // The partner first: its page also counts its projects by kind.
        store_unknown(&mut conn, "partners", "kind", partner, "martien");
        names_the_value(atlas_db::partners::detail(&mut conn, partner).unwrap_err());

        store_unknown(&mut conn, "projects", "kind", project, "martien");
        names_the_value(atlas_db::projects::sheet(&mut conn, project).unwrap_err());
        names_the_value(atlas_db::search::page::hits(&mut conn, &[project], &[]).unwrap_err());
        names_the_value(atlas_db::exports::rows(&mut conn, &[project]).unwrap_err());
    }
}
