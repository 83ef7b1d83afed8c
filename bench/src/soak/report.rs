//! The soak's figures as the report says them: its headline row and its own section.

use std::fmt::Write as _;

use super::{KEEP, Soak, WRITE_EVERY};

/// Kilobytes of `/proc` as megabytes.
pub(super) fn mb(kb: u64) -> f64 {
    kb as f64 * 1024.0 / 1e6
}

impl Soak {
    /// Requests per second over the whole run.
    pub fn per_second(&self) -> f64 {
        (self.reads + self.writes) as f64 / self.duration.as_secs_f64().max(f64::EPSILON)
    }

    /// The headline row's measure.
    pub fn headline(&self) -> String {
        format!(
            "{} errors in {} requests ({} writes) over {:.0} s",
            self.errors,
            self.reads + self.writes,
            self.writes,
            self.duration.as_secs_f64()
        )
    }

    /// Zero errors and a sound database afterwards.
    pub fn passed(&self) -> bool {
        self.errors == 0 && self.integrity.is_ok()
    }

    /// The soak's own section of the report.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let minutes: Vec<String> = self
            .per_minute
            .iter()
            .map(|n| format!("{:.0}", *n as f64 / 60.0))
            .collect();
        let _ = writeln!(
            out,
            "\n#### Soak\n\n{} clients on loopback for {:.0} s against one release server on a \
             copy of the ×1 database: the mixed read workload, and one request in {WRITE_EVERY} \
             a signed-in write (save a search, rename one, delete the oldest past {KEEP} per \
             client).\n",
            self.clients,
            self.duration.as_secs_f64()
        );
        let _ = writeln!(out, "| figure | measured |\n|---|--:|");
        let rows = [
            (
                "requests (reads + writes)",
                format!("{} + {}", self.reads, self.writes),
            ),
            ("errors (non-2xx or socket)", self.errors.to_string()),
            ("req/s over the run", format!("{:.0}", self.per_second())),
            (
                "req/s in each minute",
                if minutes.is_empty() {
                    "—".to_owned()
                } else {
                    minutes.join(", ")
                },
            ),
            (
                "latency p50 / p99 / max (ms)",
                format!(
                    "{:.1} / {:.1} / {:.1}",
                    self.p50_us as f64 / 1000.0,
                    self.p99_us as f64 / 1000.0,
                    self.max_us as f64 / 1000.0
                ),
            ),
            (
                "server VmRSS start / peak / end (MB)",
                format!(
                    "{:.1} / {:.1} / {:.1}",
                    mb(self.rss_start_kb),
                    mb(self.rss_max_kb),
                    mb(self.rss_end_kb)
                ),
            ),
            (
                "server VmRSS at the end of each minute (MB)",
                if self.rss_per_minute.is_empty() {
                    "—".to_owned()
                } else {
                    let mbs: Vec<String> = self
                        .rss_per_minute
                        .iter()
                        .map(|kb| format!("{:.0}", mb(*kb)))
                        .collect();
                    mbs.join(", ")
                },
            ),
            ("saved searches left (bounded)", self.saved_left.to_string()),
            (
                "integrity check afterwards (`atlas backup`)",
                match &self.integrity {
                    Ok(()) => "ok".to_owned(),
                    Err(e) => format!("failed: {e}"),
                },
            ),
        ];
        for (what, measured) in rows {
            let _ = writeln!(out, "| {what} | {measured} |");
        }
        for e in &self.error_samples {
            let _ = writeln!(out, "\nError: `{}`", e.replace('`', "'"));
        }
        out
    }
}
