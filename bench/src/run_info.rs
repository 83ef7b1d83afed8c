//! Where and how a run was made, for the report: the machine (cores, CPU model, memory), the
//! commit, and the command a reader would type to repeat it.

use std::path::Path;
use std::process::Command;

use crate::report::RunInfo;

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or_else(String::new, |kb| {
            format!(", {:.0} GiB RAM", kb / 1024.0 / 1024.0)
        });
    format!("{cores} × {cpu}{memory}")
}

fn commit(repo: &Path) -> String {
    Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// `just bench` and the options a reader would repeat (not the paths `just` fills in).
fn command_line() -> String {
    const PATHS: [&str; 5] = ["--atlas", "--repo", "--out", "--datasette", "--dist"];
    let mut words = vec!["just bench".to_owned()];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if PATHS.contains(&arg.as_str()) {
            args.next();
        } else if !PATHS.iter().any(|p| arg.starts_with(&format!("{p}="))) {
            words.push(arg);
        }
    }
    words.join(" ")
}

/// The run's description, `workers` being the server's `--workers` if set.
pub fn collect(repo: &Path, workers: Option<usize>) -> RunInfo {
    RunInfo {
        command: command_line(),
        commit: commit(repo),
        machine: machine(),
        workers: workers.map_or("one HTTP worker per core".to_owned(), |w| {
            format!("{w} HTTP workers")
        }),
    }
}
