//! The export links of the search page: the same criteria and sort, as a file
//! (`/api/v1/exports/projects.{csv,xlsx,geojson,json,pdf}?<query>`); every result, not one page.

use atlas_domain::ExportFormat;
use leptos::prelude::*;

use super::{Search, SearchState};

/// The path of an export of the projects matching `query` (criteria and sort).
pub fn export_href(format: ExportFormat, query: &str) -> String {
    format!(
        "/api/v1/exports/projects.{}{}",
        format.extension(),
        SearchState::question(query)
    )
}

/// One download link per format.
#[component]
pub fn ExportLinks(search: Search) -> impl IntoView {
    let query = Memo::new(move |_| search.state.with(SearchState::export_query));
    view! {
        <div class="atlas-exports">
            <p class="fr-text--sm fr-mb-1w" id="exports-titre">"Exporter tous les résultats :"</p>
            <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm" aria-labelledby="exports-titre">
                {ExportFormat::ALL
                    .iter()
                    .map(|format| {
                        let format = *format;
                        view! {
                            <li>
                                <a
                                    class="fr-btn fr-btn--secondary fr-btn--sm"
                                    href=move || export_href(format, &query.get())
                                    data-export=format.extension()
                                    rel="external"
                                    download=""
                                >
                                    {format.label()}
                                    <span class="fr-sr-only">" – projets trouvés"</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_carry_the_query() {
        assert_eq!(
            export_href(ExportFormat::Csv, "country=IN&sort=date"),
            "/api/v1/exports/projects.csv?country=IN&sort=date"
        );
        assert_eq!(
            export_href(ExportFormat::Pdf, ""),
            "/api/v1/exports/projects.pdf"
        );
    }
}
