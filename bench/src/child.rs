//! Stopping the processes the benchmark starts (servers, Datasette, ChromeDriver): only ever
//! our own child, by its own pid — SIGTERM, a grace period, then SIGKILL.

use std::process::Child;
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;

/// Stops `child` and reaps it.
pub fn stop(child: &mut Child) {
    if let Ok(pid) = i32::try_from(child.id())
        && pid > 1
    {
        let _ = kill(Pid::from_raw(pid), Signal::SIGTERM);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}
