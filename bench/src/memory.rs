//! Resident memory of the server process, from `/proc` (Linux): the peak since a reset, so a
//! scenario reports the most the server held while it ran.

/// A field of `/proc/<pid>/status` in kB (`VmHWM`, `VmRSS`).
fn status_kb(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse().ok())
}

/// Resets the peak resident set size of `pid` to its current size ("5" in `clear_refs`).
pub fn reset_peak(pid: u32) -> bool {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok()
}

/// Peak resident set size of `pid` since start or the last [`reset_peak`], in kB.
pub fn peak_kb(pid: u32) -> Option<u64> {
    status_kb(pid, "VmHWM")
}

/// Current resident set size of `pid`, in kB.
pub fn rss_kb(pid: u32) -> Option<u64> {
    status_kb(pid, "VmRSS")
}
