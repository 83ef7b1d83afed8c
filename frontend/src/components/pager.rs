//! DSFR pagination for the app's lists: first, previous, a few numbered pages, next, last.

use leptos::prelude::*;

/// Pages `1..=last`; `page` is the current one, set by the buttons.
#[component]
pub fn Pager(
    page: RwSignal<i64>,
    /// Number of pages (at least 1).
    last: Signal<i64>,
    /// What the list is, for the navigation's name (« Pagination des projets »).
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let button = move |target: i64, text: String, class: &'static str, title: String| {
        let disabled = move || target < 1 || target > last.get() || target == page.get();
        view! {
            <li>
                <button
                    type="button"
                    class=format!("fr-pagination__link {class}")
                    title=title
                    aria-disabled=move || disabled().to_string()
                    on:click=move |_| {
                        if !disabled() {
                            page.set(target);
                        }
                    }
                >
                    {text}
                </button>
            </li>
        }
    };
    view! {
        <Show when=move || { last.get() > 1 }>
            <nav role="navigation" class="fr-pagination fr-mt-2w" aria-label=label.clone()>
                <ul class="fr-pagination__list">
                    {move || {
                        let (current, last) = (page.get(), last.get());
                        let first_shown = (current - 2).max(1);
                        let last_shown = (current + 2).min(last);
                        let mut items = vec![
                            button(1, "Première page".into(), "fr-pagination__link--first", "Première page".into()).into_any(),
                            button(current - 1, "Page précédente".into(), "fr-pagination__link--prev fr-pagination__link--lg-label", "Page précédente".into()).into_any(),
                        ];
                        for n in first_shown..=last_shown {
                            items.push(
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="fr-pagination__link"
                                            title=format!("Page {n}")
                                            aria-current=move || (page.get() == n).then_some("page")
                                            on:click=move |_| page.set(n)
                                        >
                                            {n.to_string()}
                                        </button>
                                    </li>
                                }
                                .into_any(),
                            );
                        }
                        items.push(button(current + 1, "Page suivante".into(), "fr-pagination__link--next fr-pagination__link--lg-label", "Page suivante".into()).into_any());
                        items.push(button(last, "Dernière page".into(), "fr-pagination__link--last", format!("Dernière page ({last})")).into_any());
                        items
                    }}
                </ul>
            </nav>
        </Show>
    }
}
