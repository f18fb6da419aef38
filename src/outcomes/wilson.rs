//! The Wilson score interval: how sure a rate of `k` in `n` is. Unlike the
//! textbook `p ± 1.96·√(p(1−p)/n)`, it stays inside 0–1 and stays wide for
//! small groups, so 3 accepted of 4 never reads as a proven 75%.

/// The normal quantile for a two-sided 95% interval.
pub const Z95: f64 = 1.959_963_984_540_054;

/// The 95% Wilson interval `(low, high)` of `successes` in `trials`; with
/// no trials, nothing is known: `(0, 1)`.
pub fn interval(successes: usize, trials: usize) -> (f64, f64) {
    if trials == 0 {
        return (0.0, 1.0);
    }
    let n = count(trials);
    let p = count(successes.min(trials)) / n;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// A count as a float; counts of notes stay far below 2^52.
#[allow(clippy::cast_precision_loss)]
fn count(n: usize) -> f64 {
    n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: (f64, f64), expected: (f64, f64)) {
        let ok = (actual.0 - expected.0).abs() < 5e-5 && (actual.1 - expected.1).abs() < 5e-5;
        assert!(ok, "{actual:?} != {expected:?}");
    }

    #[test]
    fn matches_hand_computed_intervals() {
        // The two arms of the 50-invitation experiment.
        close(interval(39, 50), (0.6476, 0.8725));
        close(interval(18, 50), (0.2414, 0.4986));
        close(interval(3, 4), (0.3006, 0.9544));
    }

    #[test]
    fn edges_stay_inside_zero_and_one() {
        assert_eq!(interval(0, 0), (0.0, 1.0));
        let (lo, hi) = interval(0, 10);
        assert!(lo.abs() < 1e-12 && (hi - 0.2775).abs() < 5e-5, "{hi}");
        let (lo, hi) = interval(10, 10);
        assert!(
            (lo - 0.7225).abs() < 5e-5 && (hi - 1.0).abs() < 1e-12,
            "{lo}"
        );
    }
}
