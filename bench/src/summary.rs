//! The headline part of the report: the targets of issues #3, #4 and #6 with what this run
//! measured (✅/❌), then the throughput runs, the app's weight, start-up and first render.
//! Parts not run are named as such; nothing here is a fixed figure.

use std::fmt::Write;

use crate::app_size::AppSize;
use crate::first_render;
use crate::soak::Soak;
use crate::startup::Startup;
use crate::throughput::{AtScale, Settings};
use crate::wrk::Throughput;

/// Issue #6: faceted search at ×1 at least this many times Datasette's throughput…
const VS_DATASETTE: f64 = 10.0;
/// …with this p99 (ms) at ×1 (issue #4 too), and this at ×10.
const FACETED_P99_MS: f64 = 15.0;
const FACETED_P99_10X_MS: f64 = 60.0;
/// Our dynamic answer at least this share of the same bytes served statically.
const VS_STATIC: f64 = 0.30;
/// Server resident memory under load at ×1, MB.
const RSS_MB: f64 = 150.0;
/// Our wasm + JS on first load, KB gzip.
const APP_KB: f64 = 500.0;
/// Navigation start to the first map marker, ms.
const RENDER_MS: f64 = 1500.0;

/// What the non-scenario parts measured (`None`: not run).
pub struct Extras {
    pub settings: Settings,
    pub throughput: Vec<AtScale>,
    pub startup: Option<Startup>,
    pub app: Option<AppSize>,
    pub render: Option<Vec<f64>>,
    pub soak: Option<Soak>,
    /// Parts skipped and why.
    pub skipped: Vec<String>,
}

fn mark(met: bool) -> &'static str {
    if met { "✅" } else { "❌" }
}

fn ms(us: f64) -> String {
    format!("{:.1}", us / 1000.0)
}

fn kb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1000.0)
}

fn row(out: &mut String, what: &str, measured: &str, target: &str, verdict: &str) {
    let _ = writeln!(out, "| {what} | {measured} | {target} | {verdict} |");
}

/// The p99 in ms (infinite when no request completed) and how to say it.
fn p99(t: &Throughput, settings: Settings) -> (f64, String) {
    if t.requests == 0 {
        return (
            f64::INFINITY,
            format!("no request completed in {} s", settings.duration.as_secs()),
        );
    }
    (t.p99_us / 1000.0, format!("{} ms", ms(t.p99_us)))
}

/// Our throughput ÷ Datasette's, and how to say it. When Datasette completed no request in
/// the run, its rate is below one per run and the ratio is a lower bound.
fn versus(ours: &Throughput, theirs: &Throughput, settings: Settings) -> (f64, String) {
    if ours.requests == 0 {
        return (0.0, "— (our server completed no request)".to_owned());
    }
    if theirs.requests == 0 {
        let bound = ours.per_second * settings.duration.as_secs_f64();
        return (
            bound,
            format!(
                "**> {bound:.0}×** (Datasette completed no request in {} s)",
                settings.duration.as_secs()
            ),
        );
    }
    let ratio = ours.per_second / theirs.per_second.max(f64::EPSILON);
    (
        ratio,
        format!(
            "**{ratio:.1}×** ({:.0} ÷ {:.1} req/s)",
            ours.per_second, theirs.per_second
        ),
    )
}

fn at(extras: &Extras, scale: u32) -> Option<&AtScale> {
    extras.throughput.iter().find(|t| t.scale == scale)
}

fn headline(out: &mut String, e: &Extras) {
    let _ = writeln!(out, "| figure | measured | target | |\n|---|---|---|:-:|");
    let not_run = |out: &mut String, what: &str, target: &str| {
        row(out, what, "not measured in this run", target, "—");
    };
    match at(e, 1) {
        Some(t) => {
            match &t.datasette {
                Some((d, _)) => {
                    let (ratio, text) = versus(&t.faceted, d, e.settings);
                    row(
                        out,
                        "faceted search ×1, ours ÷ Datasette (req/s, same question, same load)",
                        &text,
                        &format!("≥ {VS_DATASETTE}×"),
                        mark(ratio >= VS_DATASETTE),
                    );
                }
                None => not_run(out, "faceted search ×1, ours ÷ Datasette", "≥ 10×"),
            }
            let (computed_p99, measured) = p99(&t.faceted, e.settings);
            let theirs = match &t.datasette {
                Some((d, _)) if d.requests > 0 => format!(" (Datasette: {} ms)", ms(d.p99_us)),
                Some(_) => " (Datasette: no request completed)".to_owned(),
                None => String::new(),
            };
            row(
                out,
                "faceted search ×1 computed on every request, p99 under that load",
                &format!("{measured}{theirs}"),
                &format!("≤ {FACETED_P99_MS} ms"),
                mark(computed_p99 <= FACETED_P99_MS),
            );
            let (kept_p99, measured) = p99(&t.faceted_kept, e.settings);
            row(
                out,
                "faceted search ×1 asked again (answer kept until the data changes), p99",
                &measured,
                &format!("≤ {FACETED_P99_MS} ms"),
                mark(kept_p99 <= FACETED_P99_MS),
            );
            for (name, dynamic, fixed) in [
                ("faceted search computed", &t.faceted, &t.faceted_static),
                (
                    "faceted search asked again",
                    &t.faceted_kept,
                    &t.faceted_static,
                ),
                ("stats", &t.stats, &t.stats_static),
            ] {
                let share = dynamic.per_second / fixed.per_second.max(f64::EPSILON);
                row(
                    out,
                    &format!("{name} ×1 ÷ the same bytes as a static file of our server"),
                    &format!("{:.0}%", share * 100.0),
                    &format!("≥ {:.0}%", VS_STATIC * 100.0),
                    mark(share >= VS_STATIC),
                );
            }
            let mb = t.rss_max_kb as f64 * 1024.0 / 1e6;
            row(
                out,
                "server memory under the mixed load ×1 (highest VmRSS sampled)",
                &format!(
                    "{mb:.1} MB (VmHWM {:.1} MB)",
                    t.rss_hwm_kb as f64 * 1024.0 / 1e6
                ),
                &format!("≤ {RSS_MB} MB"),
                mark(mb <= RSS_MB),
            );
        }
        None => not_run(out, "throughput ×1 (Datasette, static ceiling, memory)", ""),
    }
    match at(e, 10) {
        Some(t) => {
            let (p99, measured) = p99(&t.faceted, e.settings);
            row(
                out,
                "faceted search ×10 computed on every request, p99 under load",
                &measured,
                &format!("≤ {FACETED_P99_10X_MS} ms"),
                mark(p99 <= FACETED_P99_10X_MS),
            );
        }
        None => not_run(out, "faceted search ×10, p99 under load", "≤ 60 ms"),
    }
    match &e.app {
        Some(app) => row(
            out,
            "app first load: our wasm + JS, gzip -9 (Leaflet, DSFR apart)",
            &format!("{} KB ({} KB raw)", kb(app.ours.gzip), kb(app.ours.raw)),
            &format!("≤ {APP_KB} KB"),
            mark(app.ours.gzip as f64 / 1000.0 <= APP_KB),
        ),
        None => not_run(out, "app first load, gzip", "≤ 500 KB"),
    }
    match &e.render {
        Some(times) => {
            let median = first_render::median(times);
            row(
                out,
                &format!(
                    "first map render, headless Chromium, median of {} cold loads",
                    times.len()
                ),
                &format!("{median:.0} ms"),
                &format!("≤ {RENDER_MS} ms"),
                mark(median <= RENDER_MS),
            );
        }
        None => not_run(out, "first map render", "≤ 1500 ms"),
    }
    match &e.soak {
        Some(soak) => row(
            out,
            "soak: mixed reads and signed-in writes ×1, then integrity check",
            &soak.headline(),
            "0 errors, check ok",
            mark(soak.passed()),
        ),
        None => not_run(out, "soak (10 min of reads and writes)", "0 errors"),
    }
    match &e.startup {
        Some(s) => {
            row(
                out,
                "first start on a fresh database (migrate + reference + ×1 demo data)",
                &format!("{:.1} s", s.first_start.as_secs_f64()),
                "—",
                "",
            );
            row(
                out,
                &format!(
                    "start on an existing database, median of {}",
                    s.restarts.len()
                ),
                &format!("{:.0} ms", s.median_restart().as_secs_f64() * 1000.0),
                "—",
                "",
            );
        }
        None => not_run(out, "start-up times", "—"),
    }
}

fn throughput_row(out: &mut String, what: &str, scale: u32, t: &Throughput, note: &str) {
    if t.requests == 0 {
        let _ = writeln!(
            out,
            "| {what} | ×{scale} | 0 | — | — | — | 0 | no request completed in the run; {note} |"
        );
        return;
    }
    let _ = writeln!(
        out,
        "| {what} | ×{scale} | {:.0} | {} | {} | {} | {} | {note} |",
        t.per_second,
        ms(t.p50_us),
        ms(t.p99_us),
        ms(t.max_us),
        t.requests
    );
}

fn throughput(out: &mut String, e: &Extras) {
    let s = e.settings;
    let _ = writeln!(
        out,
        "\n#### Throughput\n\nwrk, 1 thread, {} connections, {} s measured after {} s of \
         warm-up, `Accept-Encoding: gzip` on every request, against one server at a time.\n",
        s.connections,
        s.duration.as_secs(),
        s.warmup.as_secs()
    );
    let _ = writeln!(
        out,
        "| run | data | req/s | p50 ms | p99 ms | max ms | requests | note |\n|---|---|--:|--:|--:|--:|--:|---|"
    );
    for t in &e.throughput {
        let k = t.scale;
        throughput_row(out, "faceted search, ours, computed", k, &t.faceted, "");
        if let Some((d, same)) = &t.datasette {
            let (_, ratio) = versus(&t.faceted, d, e.settings);
            throughput_row(
                out,
                &format!("faceted search, Datasette {}", crate::datasette::VERSION),
                k,
                d,
                &format!(
                    "ours ÷ Datasette {ratio}; matches: ours {}, Datasette {}",
                    same.our_total, same.datasette_total
                ),
            );
        }
        throughput_row(
            out,
            "faceted search, ours, asked again",
            k,
            &t.faceted_kept,
            "answer kept until the data changes",
        );
        let share = |t1: &Throughput| t1.per_second / t.faceted_static.per_second.max(f64::EPSILON);
        throughput_row(
            out,
            "its answer as a static file",
            k,
            &t.faceted_static,
            &format!(
                "computed ÷ static {:.0}%, asked again ÷ static {:.0}%",
                share(&t.faceted) * 100.0,
                share(&t.faceted_kept) * 100.0
            ),
        );
        throughput_row(out, "stats", k, &t.stats, "");
        let share = t.stats.per_second / t.stats_static.per_second.max(f64::EPSILON);
        throughput_row(
            out,
            "stats as a static file",
            k,
            &t.stats_static,
            &format!("dynamic ÷ static {:.0}%", share * 100.0),
        );
        throughput_row(
            out,
            "mixed read workload",
            k,
            &t.mixed,
            &format!(
                "{}; server VmRSS ≤ {:.1} MB",
                if t.mixed_has_export {
                    "exports included"
                } else {
                    "no export endpoint on this build"
                },
                t.rss_max_kb as f64 * 1024.0 / 1e6
            ),
        );
    }
}

fn details(out: &mut String, e: &Extras) {
    if let Some(app) = &e.app {
        let _ = writeln!(
            out,
            "\n#### App weight (`frontend/dist`, gzip -9)\n\n| part | files | raw KB | gzip KB |\n|---|--:|--:|--:|"
        );
        for w in std::iter::once(&app.ours).chain(&app.parts) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                w.name,
                w.files,
                kb(w.raw),
                kb(w.gzip)
            );
        }
    }
    if let Some(s) = &e.startup {
        let restarts: Vec<String> = s
            .restarts
            .iter()
            .map(|d| format!("{:.0}", d.as_secs_f64() * 1000.0))
            .collect();
        let _ = writeln!(
            out,
            "\nStart-up (spawn to first `/healthz`): fresh database {:.2} s; existing database {} ms.",
            s.first_start.as_secs_f64(),
            restarts.join(", ")
        );
    }
    if let Some(times) = &e.render {
        let times: Vec<String> = times.iter().map(|t| format!("{t:.0}")).collect();
        let _ = writeln!(
            out,
            "\nFirst map render (navigation start to the first `path.atlas-marker`, cold profile each): {} ms.",
            times.join(", ")
        );
    }
    if let Some(soak) = &e.soak {
        out.push_str(&soak.markdown());
    }
    for skipped in &e.skipped {
        let _ = writeln!(out, "\nNot measured: {skipped}.");
    }
}

/// The headline table, then the details.
pub fn markdown(e: &Extras) -> String {
    let mut out = String::from("#### Targets\n\n");
    headline(&mut out, e);
    if !e.throughput.is_empty() {
        throughput(&mut out, e);
    }
    details(&mut out, e);
    out
}
