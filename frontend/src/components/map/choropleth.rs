//! Areas coloured by a number (the France map's régions or départements by number of
//! projects): five blue classes cut at round quantiles of the non-zero values, grey for zero,
//! and the legend that names each class.

use leptos::prelude::*;

use crate::format;

/// Values per area code (`84`, `69`, `SN`) and what they count.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choropleth {
    pub values: Vec<(String, i64)>,
    /// What the values are, for the legend (« Nombre de projets »).
    pub title: String,
}

/// Fill colours, lightest to darkest (DSFR blue-france tints, then the Atlas blue).
pub const COLOURS: [&str; 5] = ["#e3e3fd", "#cacafb", "#8585f6", "#5858d8", "#000091"];
/// Areas with nothing.
pub const EMPTY: &str = "#d5d5d5";

/// Upper bounds (inclusive) of the classes, from the non-zero values: at most five, increasing.
pub fn thresholds(values: &[i64]) -> Vec<i64> {
    let mut sorted: Vec<i64> = values.iter().copied().filter(|v| *v > 0).collect();
    sorted.sort_unstable();
    let Some(max) = sorted.last().copied() else {
        return Vec::new();
    };
    let mut out: Vec<i64> = (1..COLOURS.len())
        .map(|i| sorted[(sorted.len() * i / COLOURS.len()).min(sorted.len() - 1)])
        .collect();
    out.push(max);
    out.dedup();
    out
}

/// The fill colour of `value` given `thresholds`.
pub fn colour(value: i64, thresholds: &[i64]) -> &'static str {
    if value <= 0 {
        return EMPTY;
    }
    let class = thresholds
        .iter()
        .position(|t| value <= *t)
        .unwrap_or(thresholds.len().saturating_sub(1));
    // Fewer classes than colours: spread them over the darker end.
    let offset = COLOURS.len().saturating_sub(thresholds.len());
    COLOURS[(class + offset).min(COLOURS.len() - 1)]
}

/// The legend: one swatch per class with its range, and « aucun projet ».
#[component]
pub fn ChoroplethLegend(
    /// `id` of the map (makes ids unique).
    map_id: &'static str,
    choropleth: Signal<Option<Choropleth>>,
) -> impl IntoView {
    move || {
        choropleth.get().map(|c| {
            let values: Vec<i64> = c.values.iter().map(|(_, v)| *v).collect();
            let t = thresholds(&values);
            let mut low = 1;
            let classes = t
                .iter()
                .map(|high| {
                    let label = if low == *high {
                        format::integer(*high)
                    } else {
                        format!("{} à {}", format::integer(low), format::integer(*high))
                    };
                    let swatch = colour(*high, &t);
                    low = high + 1;
                    view! {
                        <li>
                            <span class="atlas-choropleth__swatch" style=format!("background:{swatch}") aria-hidden="true"></span>
                            {label}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="atlas-choropleth" id=format!("{map_id}-aplat")>
                    <p class="atlas-choropleth__title">{c.title}</p>
                    <ul class="atlas-choropleth__classes">
                        {classes}
                        <li>
                            <span class="atlas-choropleth__swatch" style=format!("background:{EMPTY}") aria-hidden="true"></span>
                            "aucun"
                        </li>
                    </ul>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_cut_quantiles_of_the_non_zero_values() {
        let values: Vec<i64> = (0..=100).collect();
        let t = thresholds(&values);
        assert_eq!(t.len(), 5);
        assert_eq!(t.last(), Some(&100));
        assert!(t.windows(2).all(|w| w[0] < w[1]));
        assert!(thresholds(&[0, 0]).is_empty());
    }

    #[test]
    fn zero_is_grey_and_the_maximum_is_the_darkest() {
        let t = thresholds(&[1, 5, 10, 50, 100, 500]);
        assert_eq!(colour(0, &t), EMPTY);
        assert_eq!(colour(500, &t), COLOURS[4]);
        assert_eq!(colour(1, &t), COLOURS[0]);
        let few = thresholds(&[7, 7, 7]);
        assert_eq!(few, [7]);
        assert_eq!(colour(7, &few), COLOURS[4]);
    }
}
