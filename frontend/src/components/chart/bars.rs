//! Horizontal bars, one per category: label, bar, value and share. Plain SVG, scaled with the
//! page; every bar also has a `<title>` with its full label and figures.

use leptos::prelude::*;

use super::data::{Datum, Unit, percent};

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 236.0;
const VALUE_WIDTH: f64 = 124.0;
const ROW: f64 = 26.0;
const BAR: f64 = 16.0;
/// Labels longer than this are shortened (the full one is in the bar's title and the table).
const LABEL_CHARS: usize = 34;
pub const DEFAULT_COLOUR: &str = "#000091";

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The bars of `data`; `whole` is the base of the percentages.
#[component]
pub fn Bars(
    data: Vec<Datum>,
    unit: Unit,
    whole: i64,
    /// Ids of the `<title>` and `<desc>` naming the picture.
    labelled_by: String,
    title: String,
    summary: String,
    title_id: String,
    summary_id: String,
) -> impl IntoView {
    let max = data.iter().map(|d| d.value).max().unwrap_or(0).max(1);
    let height = data.len() as f64 * ROW + 4.0;
    let scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max as f64;
    let rows = data
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let y = i as f64 * ROW + 2.0;
            let width = (d.value.max(0) as f64 * scale).max(if d.value > 0 { 1.0 } else { 0.0 });
            let value = format!("{} ({})", unit.format(d.value), percent(d.value, whole));
            let tooltip = format!("{} : {value}", d.label);
            let colour = d.colour.unwrap_or(DEFAULT_COLOUR);
            view! {
                <g class="atlas-chart__row">
                    <title>{tooltip}</title>
                    <text
                        x=LABEL_WIDTH - 8.0
                        y=y + ROW / 2.0
                        text-anchor="end"
                        dominant-baseline="central"
                        class="atlas-chart__label"
                    >
                        {short(&d.label)}
                    </text>
                    <rect
                        x=LABEL_WIDTH
                        y=y + (ROW - BAR) / 2.0
                        width=width
                        height=BAR
                        fill=colour
                        stroke=if colour == "#e8b400" { "#3a3a3a" } else { "none" }
                        class="atlas-chart__bar"
                    ></rect>
                    <text
                        x=LABEL_WIDTH + width + 6.0
                        y=y + ROW / 2.0
                        dominant-baseline="central"
                        class="atlas-chart__value"
                    >
                        {value}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="atlas-chart__svg"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-labelledby=labelled_by
            preserveAspectRatio="xMinYMin meet"
        >
            <title id=title_id>{title}</title>
            <desc id=summary_id>{summary}</desc>
            <line
                x1=LABEL_WIDTH
                x2=LABEL_WIDTH
                y1=0
                y2=height
                class="atlas-chart__axis"
            ></line>
            {rows}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        assert_eq!(short("Culture"), "Culture");
        let long = short("Gouvernance locale et appui institutionnel");
        assert!(long.ends_with('…'));
        assert!(long.chars().count() <= 34);
    }
}
