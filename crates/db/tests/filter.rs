//! The project filter against an oracle: every criterion is evaluated again in plain Rust over
//! all projects loaded in memory, and the SQL result must be exactly the same set, on both
//! backends.
#![expect(clippy::unwrap_used, reason = "test helpers fail loudly")]

use std::collections::{BTreeMap, BTreeSet};

use atlas_db::DbConn;
use atlas_db::schema::*;
use atlas_db::search::filter::{self, Resolved};
use atlas_db::testing::{Content, each_backend};
use atlas_domain::{ProjectFilter, ProjectQuery};
use diesel::prelude::*;

/// Everything a criterion can look at, per project.
#[derive(Debug, Default)]
struct Fact {
    kind: String,
    status: String,
    country: String,
    continent: String,
    subcontinent: String,
    coll: i32,
    coll_region: Option<String>,
    coll_dep: Option<String>,
    coll_kind: String,
    co_colls: BTreeSet<i32>,
    partner: Option<i32>,
    co_partners: BTreeSet<i32>,
    themes: BTreeSet<String>,
    financings: Vec<(String, i32)>,
    start: Option<i32>,
    end: Option<i32>,
    volunteers: bool,
    jumelage: bool,
}

/// A project's own columns, with those of its country and lead collectivité.
#[derive(Queryable)]
struct FactRow {
    id: i32,
    kind: String,
    status: String,
    country: String,
    continent: String,
    subcontinent: String,
    coll: i32,
    coll_region: Option<String>,
    coll_dep: Option<String>,
    coll_kind: String,
    partner: Option<i32>,
    start: Option<i32>,
    end: Option<i32>,
}

macro_rules! load_facts {
    ($c:expr) => {{
        let c = $c;
        let mut facts: BTreeMap<i32, Fact> = BTreeMap::new();
        let rows = projects::table
            .inner_join(countries::table)
            .inner_join(collectivites::table)
            .select((
                projects::id,
                projects::kind,
                projects::status,
                projects::country_code,
                countries::continent_code,
                countries::subcontinent_code,
                projects::collectivite_id,
                collectivites::region_code,
                collectivites::departement_code,
                collectivites::kind,
                projects::partner_id,
                projects::start_year,
                projects::end_year,
            ))
            .load::<FactRow>(c)
            .unwrap();
        for r in rows {
            facts.insert(
                r.id,
                Fact {
                    kind: r.kind,
                    status: r.status,
                    country: r.country,
                    continent: r.continent,
                    subcontinent: r.subcontinent,
                    coll: r.coll,
                    coll_region: r.coll_region,
                    coll_dep: r.coll_dep,
                    coll_kind: r.coll_kind,
                    partner: r.partner,
                    start: r.start,
                    end: r.end,
                    ..Default::default()
                },
            );
        }
        for (p, code) in project_themes::table
            .inner_join(themes::table)
            .select((project_themes::project_id, themes::code))
            .load::<(i32, String)>(c)
            .unwrap()
        {
            facts.get_mut(&p).unwrap().themes.insert(code);
        }
        for (p, code, year) in project_financings::table
            .inner_join(financing_sources::table)
            .select((
                project_financings::project_id,
                financing_sources::code,
                project_financings::year,
            ))
            .load::<(i32, String, i32)>(c)
            .unwrap()
        {
            facts.get_mut(&p).unwrap().financings.push((code, year));
        }
        for (p, coll) in project_collectivites::table
            .select((
                project_collectivites::project_id,
                project_collectivites::collectivite_id,
            ))
            .load::<(i32, i32)>(c)
            .unwrap()
        {
            facts.get_mut(&p).unwrap().co_colls.insert(coll);
        }
        for (p, partner) in project_partners::table
            .select((project_partners::project_id, project_partners::partner_id))
            .load::<(i32, i32)>(c)
            .unwrap()
        {
            facts.get_mut(&p).unwrap().co_partners.insert(partner);
        }
        for p in project_volunteers::table
            .select(project_volunteers::project_id)
            .load::<i32>(c)
            .unwrap()
        {
            facts.get_mut(&p).unwrap().volunteers = true;
        }
        let twins: BTreeSet<(i32, i32)> = partnerships::table
            .filter(partnerships::is_jumelage.eq(true))
            .select((partnerships::collectivite_id, partnerships::partner_id))
            .load::<(i32, i32)>(c)
            .unwrap()
            .into_iter()
            .collect();
        for f in facts.values_mut() {
            f.jumelage = f.partner.is_some_and(|p| twins.contains(&(f.coll, p)));
        }
        facts
    }};
}

fn oracle(f: &ProjectFilter, fact: &Fact) -> bool {
    let any = |list: &[String], v: &str| list.is_empty() || list.iter().any(|x| x == v);
    let status_ok = if f.statuses.is_empty() {
        fact.status != "archive"
    } else {
        f.statuses.iter().any(|s| s.as_str() == fact.status)
    };
    status_ok
        && (f.kinds.is_empty() || f.kinds.iter().any(|k| k.as_str() == fact.kind))
        && (f.themes.is_empty() || f.themes.iter().any(|t| fact.themes.contains(t)))
        && f.jumelage.is_none_or(|j| j == fact.jumelage)
        && (f.financings.is_empty()
            || f.financings.iter().any(|c| {
                fact.financings
                    .iter()
                    .any(|(s, y)| *s == c.source && c.year.is_none_or(|cy| cy == *y))
            }))
        && f.year_to
            .is_none_or(|to| fact.start.is_none_or(|s| s <= to))
        && f.year_from
            .is_none_or(|from| fact.end.is_none_or(|e| e >= from))
        && any(&f.continents, &fact.continent)
        && any(&f.subcontinents, &fact.subcontinent)
        && any(&f.countries, &fact.country)
        && (f.regions.is_empty()
            || fact
                .coll_region
                .as_ref()
                .is_some_and(|r| f.regions.contains(r)))
        && (f.departements.is_empty()
            || fact
                .coll_dep
                .as_ref()
                .is_some_and(|d| f.departements.contains(d)))
        && (f.collectivite_kinds.is_empty()
            || f.collectivite_kinds
                .iter()
                .any(|k| k.as_str() == fact.coll_kind))
        && (f.collectivites.is_empty()
            || f.collectivites
                .iter()
                .any(|c| *c == fact.coll || fact.co_colls.contains(c)))
        && (f.partners.is_empty()
            || f.partners
                .iter()
                .any(|p| Some(*p) == fact.partner || fact.co_partners.contains(p)))
        && f.volunteers.is_none_or(|v| v == fact.volunteers)
}

fn query(pairs: &[(&str, &str)]) -> ProjectQuery {
    let json: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
        .collect();
    serde_json::from_value(serde_json::Value::Object(json)).unwrap()
}

fn resolved(conn: &mut DbConn, q: &ProjectQuery) -> Resolved {
    filter::resolve(conn, &q.parse().unwrap()).unwrap().unwrap()
}

#[test]
fn every_criterion_selects_exactly_what_the_oracle_selects() {
    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("kind", "autre_action_exterieure")],
        vec![("theme", "patrimoine,culture")],
        vec![("jumelage", "true"), ("continent", "europe")],
        vec![("jumelage", "false"), ("country", "SN")],
        vec![("financing", "mae-daect:2009,afd")],
        vec![("financing", "agence-eau")],
        vec![("year_from", "2012"), ("year_to", "2014")],
        vec![("status", "termine")],
        vec![("continent", "afrique,asie")],
        vec![("subcontinent", "asie-de-l-ouest-europe")],
        vec![("region", "84"), ("collectivite_kind", "commune")],
        vec![("departement", "69,13")],
        vec![("collectivite", "1,2,3,500")],
        vec![("partner", "10,20,8000")],
        vec![("volunteers", "true")],
        vec![("volunteers", "false"), ("continent", "oceanie")],
        // The seed's crossed question.
        vec![
            ("kind", "cooperation_decentralisee"),
            ("region", "84"),
            ("theme", "patrimoine"),
            ("country", "IN"),
            ("financing", "mae-daect:2009,afd"),
        ],
    ];
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let facts = match &mut conn {
            DbConn::Sqlite(c) => load_facts!(&mut **c),
            DbConn::Pg(c) => load_facts!(&mut **c),
        };
        for case in &cases {
            let q = query(case);
            let r = resolved(&mut conn, &q);
            let got = filter::project_ids(&mut conn, &r).unwrap();
            let expected: Vec<i32> = facts
                .iter()
                .filter(|(_, f)| oracle(&r.filter, f))
                .map(|(id, _)| *id)
                .collect();
            assert_eq!(got, expected, "{:?} {case:?}", test_db.backend);
            assert_eq!(filter::count(&mut conn, &r).unwrap(), expected.len() as i64);
            if case.is_empty() {
                assert_eq!(got.len(), 13_105);
            }
        }
        // The crossed question has an answer, and it is the heritage project of the demo.
        let crossed = resolved(&mut conn, &query(cases.last().unwrap()));
        assert!(
            !filter::project_ids(&mut conn, &crossed).unwrap().is_empty(),
            "{:?}",
            test_db.backend
        );
    }
}

#[test]
fn keywords_find_projects_whatever_the_accents_case_and_ligatures() {
    for test_db in each_backend(Content::Demo) {
        let db = test_db.open();
        let mut conn = db.conn().unwrap();
        let count = |conn: &mut DbConn, q: &str| {
            let r = resolved(conn, &query(&[("q", q)]));
            filter::count(conn, &r).unwrap()
        };
        let patrimoine = count(&mut conn, "patrimoine");
        assert!(patrimoine > 50, "{patrimoine}");
        assert_eq!(count(&mut conn, "PATRIMOINE"), patrimoine);
        let cooperation = count(&mut conn, "coopération");
        assert!(cooperation > 0);
        assert_eq!(
            count(&mut conn, "cooperation"),
            cooperation,
            "{:?}",
            test_db.backend
        );
        assert_eq!(count(&mut conn, "COOPERATION"), cooperation);
        // "mise en œuvre" is in the generic sentences: the ligature folds both ways.
        let oeuvre = count(&mut conn, "œuvre");
        assert!(oeuvre > 0);
        assert_eq!(count(&mut conn, "oeuvre"), oeuvre);
        // The last word is a prefix (type-ahead).
        assert!(count(&mut conn, "patrim") >= patrimoine);
        // Words are ANDed, and places are searchable.
        let both = count(&mut conn, "patrimoine Inde");
        assert!(both > 0 && both < patrimoine, "{both}");
        // Nothing a user types can break the query syntax.
        for hostile in ["\"", "NEAR(", "a:*", "') OR 1=1 --", "*", "&|!"] {
            let _ = count(&mut conn, hostile);
        }
    }
}

#[test]
fn unknown_codes_are_field_errors() {
    let test_db = atlas_db::testing::sqlite(Content::Reference);
    let db = test_db.open();
    let mut conn = db.conn().unwrap();
    let q = query(&[
        ("theme", "patrimoine,astrologie"),
        ("country", "ZZ"),
        ("financing", "banque-imaginaire"),
        ("region", "84"),
    ]);
    let errors = filter::resolve(&mut conn, &q.parse().unwrap())
        .unwrap()
        .unwrap_err();
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.message.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("theme", "Code inconnu : astrologie"),
            ("financing", "Code inconnu : banque-imaginaire"),
            ("country", "Code inconnu : ZZ")
        ]
    );
}
