//! Throughput runs with `wrk` (Debian package; `scripts/setup.sh bench`): a fixed number of
//! connections keep requesting for a fixed time, cycling through a weighted list of paths.
//! A generated Lua script picks the paths and prints wrk's own figures as one JSON line.

use std::fmt::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, bail};

/// One wrk run: where, how hard, for how long, and which paths with which weights.
pub struct Load<'a> {
    pub base: &'a str,
    pub connections: usize,
    pub duration: Duration,
    /// (path and query, weight): each path gets `weight` turns in every cycle.
    pub paths: &'a [(String, u32)],
}

/// What wrk measured. Latencies in microseconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Throughput {
    pub requests: u64,
    pub per_second: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    pub max_us: f64,
    /// Socket errors, timeouts and answers outside 2xx/3xx.
    pub errors: u64,
}

/// The paths in an order that spreads each one's turns evenly over a cycle (smooth weighted
/// round robin), so a short run sees the intended mix.
pub fn cycle(paths: &[(String, u32)]) -> Vec<&str> {
    let total: i64 = paths.iter().map(|(_, w)| i64::from(*w)).sum();
    let mut current = vec![0_i64; paths.len()];
    let mut order = Vec::new();
    for _ in 0..total {
        for (c, (_, w)) in current.iter_mut().zip(paths) {
            *c += i64::from(*w);
        }
        let Some((best, _)) = current
            .iter()
            .enumerate()
            .max_by_key(|(i, c)| (**c, -(*i as i64)))
        else {
            break;
        };
        current[best] -= total;
        order.push(paths[best].0.as_str());
    }
    order
}

fn lua_string(text: &str) -> String {
    format!("{text:?}")
}

/// The Lua script: gzip accepted like a browser, paths in [`cycle`] order, and a JSON summary.
fn script(paths: &[(String, u32)]) -> String {
    let mut lua = String::from("wrk.headers[\"Accept-Encoding\"] = \"gzip\"\nlocal paths = {\n");
    for path in cycle(paths) {
        let _ = writeln!(lua, "  {},", lua_string(path));
    }
    lua.push_str(
        r#"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "ATLAS-WRK {\"requests\":%d,\"duration_us\":%d,\"errors\":%d,\"p50_us\":%f,\"p99_us\":%f,\"max_us\":%f}\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
"#,
    );
    lua
}

/// Runs wrk (one thread: the other core serves) and reads its summary.
pub fn run(load: &Load<'_>, scratch: &Path) -> anyhow::Result<Throughput> {
    let script_path = scratch.join("load.lua");
    std::fs::write(&script_path, script(load.paths))
        .with_context(|| format!("write {}", script_path.display()))?;
    let output = Command::new("wrk")
        .args(["-t1", "-c", &load.connections.to_string()])
        .args(["-d", &format!("{}s", load.duration.as_secs().max(1))])
        .args(["--timeout", "30s", "-s"])
        .arg(&script_path)
        .arg(load.base)
        .output()
        .context("run wrk (scripts/setup.sh bench installs it)")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "wrk failed ({}): {stdout}{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let json = stdout
        .lines()
        .find_map(|l| l.strip_prefix("ATLAS-WRK "))
        .with_context(|| format!("no summary in wrk's output: {stdout}"))?;
    let v: serde_json::Value = serde_json::from_str(json).context("wrk summary")?;
    let num = |key: &str| v[key].as_f64().unwrap_or(0.0);
    let requests = num("requests") as u64;
    Ok(Throughput {
        requests,
        per_second: requests as f64 / (num("duration_us") / 1e6).max(f64::EPSILON),
        p50_us: num("p50_us"),
        p99_us: num("p99_us"),
        max_us: num("max_us"),
        errors: num("errors") as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cycle_gives_each_path_its_weight_spread_out() {
        let paths = [("/a".to_owned(), 3), ("/b".to_owned(), 1)];
        assert_eq!(cycle(&paths), ["/a", "/a", "/b", "/a"]);
    }

    #[test]
    fn paths_are_quoted_for_lua() {
        assert!(script(&[("/x?q=\"eau\"".to_owned(), 1)]).contains(r#""/x?q=\"eau\"""#));
    }
}
