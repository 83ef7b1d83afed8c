//! A line over time (APD by year): a round value axis with gridlines, one point per year with
//! a `<title>` giving its value. Plain SVG, scaled with the page.

use leptos::prelude::*;

use super::axis::ticks;
use super::bars::DEFAULT_COLOUR;
use super::data::{Datum, Unit};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 76.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// The line of `data`, in order (years ascending).
#[component]
pub fn Line(
    data: Vec<Datum>,
    unit: Unit,
    labelled_by: String,
    title: String,
    summary: String,
    title_id: String,
    summary_id: String,
) -> impl IntoView {
    let max = data.iter().map(|d| d.value).max().unwrap_or(0);
    let ticks = ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1).max(1) as f64;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let y_of = move |value: i64| TOP + plot_height * (1.0 - value as f64 / top);
    let n = data.len();
    let step = if n > 1 {
        (WIDTH - LEFT - RIGHT) / (n - 1) as f64
    } else {
        0.0
    };
    let x_of = move |i: usize| {
        if n > 1 {
            LEFT + step * i as f64
        } else {
            (LEFT + WIDTH - RIGHT) / 2.0
        }
    };
    // Every label when they fit, every other one otherwise.
    let label_every = if n > 14 { 2 } else { 1 };
    let points: String = data
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{:.1},{:.1}", x_of(i), y_of(d.value)))
        .collect::<Vec<_>>()
        .join(" ");
    let grid = ticks
        .iter()
        .map(|t| {
            let y = y_of(*t);
            view! {
                <line x1=LEFT x2=WIDTH - RIGHT y1=y y2=y class="atlas-chart__grid"></line>
                <text
                    x=LEFT - 8.0
                    y=y
                    text-anchor="end"
                    dominant-baseline="central"
                    class="atlas-chart__tick"
                >
                    {unit.format(*t)}
                </text>
            }
        })
        .collect_view();
    let dots = data
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let (x, y) = (x_of(i), y_of(d.value));
            let tooltip = format!("{} : {}", d.label, unit.format(d.value));
            let label = (i % label_every == 0 || i + 1 == n).then(|| {
                view! {
                    <text x=x y=HEIGHT - 8.0 text-anchor="middle" class="atlas-chart__tick">
                        {d.label.clone()}
                    </text>
                }
            });
            view! {
                <g class="atlas-chart__point">
                    <title>{tooltip}</title>
                    <circle cx=x cy=y r=4 fill=d.colour.unwrap_or(DEFAULT_COLOUR)></circle>
                </g>
                {label}
            }
        })
        .collect_view();
    view! {
        <svg
            class="atlas-chart__svg"
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            role="img"
            aria-labelledby=labelled_by
            preserveAspectRatio="xMinYMin meet"
        >
            <title id=title_id>{title}</title>
            <desc id=summary_id>{summary}</desc>
            {grid}
            <polyline points=points fill="none" stroke=DEFAULT_COLOUR stroke-width="2.5"></polyline>
            {dots}
        </svg>
    }
}
