//! The one clock: timestamps as seconds since the Unix epoch, and how old
//! they look to a person ("3 min ago"). Only [`now`] reads the clock, so
//! every other output is testable. A leaf, so lint and store can share it.

use std::time::{SystemTime, UNIX_EPOCH};

/// The current time in seconds since the Unix epoch (0 if the clock is
/// before 1970, which only a broken clock reports).
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// How long before `now` the moment `then` was, as a short phrase:
/// `just now`, `5 min ago`, `2 hours ago`, `3 days ago`, `4 months ago`,
/// `2 years ago`. A `then` in the future (clock changes) reads `just now`.
pub fn ago(then: u64, now: u64) -> String {
    const MIN: u64 = 60;
    const HOUR: u64 = 60 * MIN;
    const DAY: u64 = 24 * HOUR;
    let secs = now.saturating_sub(then);
    let (n, unit) = match secs {
        s if s < MIN => return "just now".to_string(),
        s if s < HOUR => return format!("{} min ago", s / MIN),
        s if s < DAY => (s / HOUR, "hour"),
        s if s < 60 * DAY => (s / DAY, "day"),
        s if s < 365 * DAY => (s / (30 * DAY), "month"),
        s => (s / (365 * DAY), "year"),
    };
    let plural = if n == 1 { "" } else { "s" };
    format!("{n} {unit}{plural} ago")
}

/// `YYYYMMDD-HHMMSS` in UTC, so draft ids sort by creation time.
pub fn compact_utc(secs: u64) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}-{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a (year, month, day) in the proleptic Gregorian
/// calendar (Howard Hinnant's algorithm, restricted to dates after 1970).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_naturally() {
        let now = 1_000_000_000;
        assert_eq!(ago(now, now), "just now");
        assert_eq!(ago(now + 50, now), "just now");
        assert_eq!(ago(now - 59, now), "just now");
        assert_eq!(ago(now - 60, now), "1 min ago");
        assert_eq!(ago(now - 3 * 60 - 10, now), "3 min ago");
        assert_eq!(ago(now - 3600, now), "1 hour ago");
        assert_eq!(ago(now - 5 * 3600, now), "5 hours ago");
        assert_eq!(ago(now - 86_400, now), "1 day ago");
        assert_eq!(ago(now - 2 * 86_400 - 7, now), "2 days ago");
        assert_eq!(ago(now - 90 * 86_400, now), "3 months ago");
        assert_eq!(ago(now - 800 * 86_400, now), "2 years ago");
    }

    #[test]
    fn compact_utc_matches_known_dates() {
        assert_eq!(compact_utc(0), "19700101-000000");
        // 2000-02-29 12:34:56 UTC, a leap day.
        assert_eq!(compact_utc(951_827_696), "20000229-123456");
        // 2026-11-22 03:05:09 UTC.
        assert_eq!(compact_utc(1_795_316_709), "20261122-030509");
    }
}
