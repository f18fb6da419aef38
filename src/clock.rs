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

/// `YYYY-MM-DD` in UTC, for listings and files.
pub fn iso_date(secs: u64) -> String {
    let (y, m, d) = civil_from_days(secs / 86_400);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The first second of the UTC calendar month that holds `secs`: the
/// monthly allowance of personalised invitations counts from there.
pub fn month_start(secs: u64) -> u64 {
    let (y, m, _) = civil_from_days(secs / 86_400);
    days_from_civil(y, m, 1) * 86_400
}

/// A date the user typed, `YYYY-MM-DD`, as the first second of that UTC day.
pub fn parse_date(text: &str) -> Result<u64, String> {
    let bad = || format!("invalid date `{text}` (expected YYYY-MM-DD, e.g. 2026-03-01)");
    let mut parts = text.trim().splitn(3, '-').map(str::parse::<u64>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let valid_day = usize::try_from(m)
        .ok()
        .and_then(|m| month_days.get(m.wrapping_sub(1)))
        .is_some_and(|last| (1..=*last).contains(&d));
    if !(1970..=9999).contains(&y) || !valid_day {
        return Err(bad());
    }
    Ok(days_from_civil(y, m, d) * 86_400)
}

/// (year, month, day) to days since 1970-01-01, the inverse of
/// [`civil_from_days`] (Howard Hinnant's algorithm, dates after 1970).
fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y / 400;
    let yoe = y % 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
    fn dates_parse_and_months_start_on_the_first() {
        assert_eq!(parse_date("1970-01-01"), Ok(0));
        assert_eq!(parse_date("2000-02-29"), Ok(951_782_400));
        assert_eq!(iso_date(951_827_696), "2000-02-29");
        for bad in [
            "2001-02-29",
            "2026-13-01",
            "2026-1",
            "yesterday",
            "1969-12-31",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        // 2026-11-22 03:05:09 UTC is in the month starting 2026-11-01.
        assert_eq!(
            month_start(1_795_316_709),
            parse_date("2026-11-01").unwrap()
        );
        assert_eq!(month_start(0), 0);
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
