//! The charts of a level's figures: projects by kind, by theme, by continent, by type of
//! collectivité, and APD by year — each with its table and CSV (components/chart).

use atlas_domain::{Figures, MarkerKind, Share};
use leptos::prelude::*;

use super::chart::{Chart, ChartKind, Datum, Unit};

fn data(shares: &[Share]) -> Vec<Datum> {
    shares
        .iter()
        .map(|s| Datum::new(s.code.clone(), s.label.clone(), s.count))
        .collect()
}

/// Every chart that has something to show for `figures`; `place` names the level in titles
/// (« Sénégal »), `id` prefixes the charts' ids; `apd_label` says whose APD it is.
#[component]
pub fn FigureCharts(
    figures: Figures,
    #[prop(into)] place: String,
    id: &'static str,
    /// « reçue » (a foreign place) or « versée » (French collectivités).
    apd_verb: &'static str,
) -> impl IntoView {
    let kinds = vec![
        Datum::new(
            MarkerKind::CooperationDecentralisee.as_str(),
            MarkerKind::CooperationDecentralisee.label(),
            figures.cooperation_projects,
        )
        .with_colour(MarkerKind::CooperationDecentralisee.colour()),
        Datum::new(
            MarkerKind::AutreActionExterieure.as_str(),
            MarkerKind::AutreActionExterieure.label(),
            figures.other_actions,
        )
        .with_colour(MarkerKind::AutreActionExterieure.colour()),
    ];
    let apd: Vec<Datum> = figures
        .apd_by_year
        .iter()
        .map(|y| Datum::new(y.year.to_string(), y.year.to_string(), y.amount_cents))
        .collect();
    let continents = (figures.by_continent.len() > 1).then(|| {
        view! {
            <div class="fr-col-12 fr-col-lg-6">
                <Chart
                    id=format!("{id}-continents")
                    title=format!("Projets par continent – {place}")
                    category="Continent"
                    data=data(&figures.by_continent)
                />
            </div>
        }
    });
    let apd = (!apd.is_empty()).then(|| {
        view! {
            <div class="fr-col-12 fr-col-lg-6">
                <Chart
                    id=format!("{id}-apd")
                    title=format!("Aide publique au développement {apd_verb} par année – {place}")
                    category="Année"
                    data=apd
                    kind=ChartKind::Line
                    unit=Unit::EuroCents
                    note="Déclarations e-APD transmises, en euros courants."
                />
            </div>
        }
    });
    view! {
        <div class="fr-grid-row fr-grid-row--gutters atlas-charts">
            <div class="fr-col-12 fr-col-lg-6">
                <Chart
                    id=format!("{id}-types")
                    title=format!("Projets par type – {place}")
                    category="Type"
                    data=kinds
                />
            </div>
            {apd}
            <div class="fr-col-12 fr-col-lg-6">
                <Chart
                    id=format!("{id}-thematiques")
                    title=format!("Projets par thématique – {place}")
                    category="Thématique"
                    data=data(&figures.by_theme)
                    whole=figures.projects
                />
            </div>
            <div class="fr-col-12 fr-col-lg-6">
                <Chart
                    id=format!("{id}-collectivites")
                    title=format!("Projets par type de collectivité – {place}")
                    category="Type de collectivité"
                    data=data(&figures.by_collectivite_kind)
                />
            </div>
            {continents}
        </div>
    }
}
