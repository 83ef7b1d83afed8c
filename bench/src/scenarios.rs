//! The named scenarios `just bench` runs. Adding one is one line in [`SCENARIOS`]:
//!
//! ```text
//! Scenario::get("country page", "/api/v1/countries/SN").p99_ms(20.0),
//! Scenario::get("search 10×", "/api/v1/search?q=eau").scale(10).concurrency(4),
//! Scenario::post("login", "/api/v1/auth/login", r#"{"email":"…","password":"…"}"#),
//! ```
//!
//! Defaults: dataset scale 1, 2 concurrent clients, 400 measured requests after 40 warm-up
//! ones. Targets (`p99_ms`, `gzip_kb`, `rows_per_s`) are checked in the report, never in tests.

/// How a scenario sends its requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    /// POST with this JSON body.
    Post(&'static str),
}

/// One named load: a request repeated `requests` times by `concurrency` clients.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    pub name: &'static str,
    pub method: Method,
    /// Path and query string, e.g. `/api/v1/map/markers?level=partner`.
    pub path: &'static str,
    /// Demo dataset scale (`atlas seed --scale N`) the server runs on.
    pub scale: u32,
    pub concurrency: usize,
    pub requests: usize,
    pub warmup: usize,
    /// Target 99th percentile latency, in milliseconds.
    pub p99_ms: Option<f64>,
    /// Target gzip-compressed response size, in kilobytes (1,000 bytes).
    pub gzip_kb: Option<f64>,
    /// For exports: target rows per second (CSV lines of one response over its mean
    /// latency); also measures the server's peak resident memory during the scenario.
    pub rows_per_s: Option<f64>,
    /// Measured on a server that keeps no answer (`--no-answer-cache`): every request
    /// computed, as for a question nobody asked since the data last changed.
    pub computed: bool,
}

impl Scenario {
    pub const fn get(name: &'static str, path: &'static str) -> Scenario {
        Scenario {
            name,
            method: Method::Get,
            path,
            scale: 1,
            concurrency: 2,
            requests: 400,
            warmup: 40,
            p99_ms: None,
            gzip_kb: None,
            rows_per_s: None,
            computed: false,
        }
    }

    #[expect(
        dead_code,
        reason = "for the write scenarios to come (login, Bourse request)"
    )]
    pub const fn post(name: &'static str, path: &'static str, json: &'static str) -> Scenario {
        let mut s = Scenario::get(name, path);
        s.method = Method::Post(json);
        s
    }

    pub const fn scale(mut self, scale: u32) -> Scenario {
        self.scale = scale;
        self
    }

    pub const fn concurrency(mut self, clients: usize) -> Scenario {
        self.concurrency = clients;
        self
    }

    pub const fn requests(mut self, requests: usize) -> Scenario {
        self.requests = requests;
        self.warmup = requests / 10;
        self
    }

    pub const fn p99_ms(mut self, ms: f64) -> Scenario {
        self.p99_ms = Some(ms);
        self
    }

    pub const fn gzip_kb(mut self, kb: f64) -> Scenario {
        self.gzip_kb = Some(kb);
        self
    }

    pub const fn computed(mut self) -> Scenario {
        self.computed = true;
        self
    }

    pub const fn rows_per_s(mut self, rows: f64) -> Scenario {
        self.rows_per_s = Some(rows);
        self
    }
}

/// The p99 target of every public browse endpoint (issue #3), on this 2-core machine.
const BROWSE_P99_MS: f64 = 20.0;

/// Every scenario, in report order.
pub const SCENARIOS: &[Scenario] = &[
    // Headline figures and world access.
    Scenario::get("stats", "/api/v1/stats").p99_ms(BROWSE_P99_MS),
    Scenario::get("continents", "/api/v1/continents").p99_ms(BROWSE_P99_MS),
    Scenario::get("stats, 8 clients", "/api/v1/stats")
        .concurrency(8)
        .requests(2000),
    // Browse pages, world access (what each page asks for).
    Scenario::get("continent Afrique", "/api/v1/continents/afrique").p99_ms(BROWSE_P99_MS),
    Scenario::get("sous-continent Afrique de l'Ouest", "/api/v1/subcontinents/afrique-de-l-ouest")
        .p99_ms(BROWSE_P99_MS),
    Scenario::get("countries", "/api/v1/countries").p99_ms(BROWSE_P99_MS),
    Scenario::get("country Sénégal", "/api/v1/countries/SN").p99_ms(BROWSE_P99_MS),
    Scenario::get("partners of Sénégal", "/api/v1/partners?country=SN").p99_ms(BROWSE_P99_MS),
    Scenario::get("partner page", "/api/v1/partners/1").p99_ms(BROWSE_P99_MS),
    Scenario::get("projects of Sénégal", "/api/v1/projects?country=SN").p99_ms(BROWSE_P99_MS),
    Scenario::get("project sheet", "/api/v1/projects/1").p99_ms(BROWSE_P99_MS),
    // Browse pages, France access.
    Scenario::get("regions", "/api/v1/regions").p99_ms(BROWSE_P99_MS),
    Scenario::get("region 84", "/api/v1/regions/84").p99_ms(BROWSE_P99_MS),
    Scenario::get("departements", "/api/v1/departements").p99_ms(BROWSE_P99_MS),
    Scenario::get("departement 69", "/api/v1/departements/69").p99_ms(BROWSE_P99_MS),
    Scenario::get("collectivites of 69", "/api/v1/collectivites?departement=69")
        .p99_ms(BROWSE_P99_MS),
    Scenario::get("collectivite page", "/api/v1/collectivites/1").p99_ms(BROWSE_P99_MS),
    // Downloadable map images.
    Scenario::get("map image Sénégal (SVG)", "/api/v1/countries/SN/map.svg")
        .p99_ms(BROWSE_P99_MS),
    Scenario::get("map image région 84 (SVG)", "/api/v1/regions/84/map.svg")
        .p99_ms(BROWSE_P99_MS),
    // Search.
    // Search: computed on every request (issue #4's targets), then the same question asked
    // again of the server as deployed (answer kept until the data changes).
    Scenario::get(
        "faceted search (q + 3 criteria + facets), computed",
        "/api/v1/search?q=eau&kind=cooperation_decentralisee&continent=afrique&theme=eau-assainissement",
    )
    .computed()
    .p99_ms(15.0),
    Scenario::get(
        "faceted search 10×, computed",
        "/api/v1/search?q=eau&kind=cooperation_decentralisee&continent=afrique&theme=eau-assainissement",
    )
    .scale(10)
    .computed()
    .p99_ms(60.0),
    Scenario::get(
        "faceted search, asked again (kept answer)",
        "/api/v1/search?q=eau&kind=cooperation_decentralisee&continent=afrique&theme=eau-assainissement",
    ),
    // Map layers.
    Scenario::get("map: countries", "/api/v1/map/markers").p99_ms(BROWSE_P99_MS),
    Scenario::get(
        "map: whole world by partner",
        "/api/v1/map/markers?level=partner",
    )
    .requests(200)
    .gzip_kb(300.0),
    Scenario::get(
        "map: all collectivités",
        "/api/v1/map/markers?level=collectivite",
    )
    .requests(200),
    Scenario::get(
        "map: Sénégal by partner",
        "/api/v1/map/markers?level=partner&country=SN",
    )
    .p99_ms(BROWSE_P99_MS),
    Scenario::get(
        "map: région 84 by collectivité",
        "/api/v1/map/markers?level=collectivite&region=84",
    )
    .p99_ms(BROWSE_P99_MS),
    Scenario::get(
        "map: crossed criteria",
        "/api/v1/map/markers?region=84&theme=patrimoine&country=IN&financing=mae-daect:2009,afd",
    )
    .p99_ms(BROWSE_P99_MS),
    Scenario::get("map: countries 10×", "/api/v1/map/markers").scale(10),
    // Exports: every project, streamed (issue #4: rows per second and peak memory).
    Scenario::get("export: full CSV", "/api/v1/exports/projects.csv")
        .concurrency(1)
        .requests(20)
        .rows_per_s(50_000.0),
    Scenario::get("export 10×: full CSV", "/api/v1/exports/projects.csv")
        .scale(10)
        .concurrency(1)
        .requests(5)
        .rows_per_s(50_000.0),
];
