//! One page of an administration list: its filters and page number make the query string; a
//! new filter goes back to page 1; the pager under the table moves between pages.

use atlas_domain::Page;
use leptos::prelude::*;
use std::future::Future;

use crate::api::{ApiError, query_string};
use crate::components::pager::Pager;
use crate::components::{ApiErrorAlert, Loading};

/// Items per page of the administration lists.
const PER_PAGE: i64 = 25;

/// A filtered, paged list.
pub struct AdminList<T: 'static> {
    pub page: RwSignal<i64>,
    pub answer: LocalResource<Result<Page<T>, ApiError>>,
}

impl<T: 'static> Clone for AdminList<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for AdminList<T> {}

impl<T: Clone + 'static> AdminList<T> {
    /// Fetches `fetch(?filters&page=&per_page=)` again whenever a filter or the page changes.
    pub fn new<Fut>(
        filters: Vec<(&'static str, RwSignal<String>)>,
        fetch: impl Fn(String) -> Fut + Copy + 'static,
    ) -> Self
    where
        Fut: Future<Output = Result<Page<T>, ApiError>> + 'static,
    {
        let page = RwSignal::new(1_i64);
        let watched = filters.clone();
        Effect::new(move |first: Option<()>| {
            for (_, value) in &watched {
                value.track();
            }
            if first.is_some() {
                page.set(1);
            }
        });
        let answer = LocalResource::new(move || {
            let mut pairs: Vec<(&str, String)> = filters
                .iter()
                .map(|(name, value)| (*name, value.get().trim().to_owned()))
                .collect();
            pairs.push(("page", page.get().to_string()));
            pairs.push(("per_page", PER_PAGE.to_string()));
            fetch(query_string(&pairs))
        });
        AdminList { page, answer }
    }

    /// The list: loading, error, `empty` when nothing matches, else `table(items)` and the pager.
    pub fn view<V: IntoView + 'static>(
        self,
        what: &'static str,
        empty: &'static str,
        table: impl Fn(Vec<T>) -> V + Send + Sync + 'static,
    ) -> impl IntoView {
        let answer = self.answer;
        let page = self.page;
        let last = Signal::derive(move || {
            answer.get().and_then(Result::ok).map_or(1, |p| {
                ((p.total + p.per_page.max(1) - 1) / p.per_page.max(1)).max(1)
            })
        });
        view! {
            {move || match answer.get() {
                None => view! { <Loading label=format!("Chargement : {what}…") /> }.into_any(),
                Some(Err(error)) => view! {
                    <ApiErrorAlert title=format!("Chargement impossible : {what}") error=error on_retry=move |()| answer.refetch() />
                }.into_any(),
                Some(Ok(found)) if found.items.is_empty() => view! { <p class="atlas-empty">{empty}</p> }.into_any(),
                Some(Ok(found)) => view! {
                    <p class="fr-text--sm" data-total=found.total.to_string()>
                        {crate::format::count_with_noun(found.total, "résultat", "résultats")}
                    </p>
                    {table(found.items)}
                }.into_any(),
            }}
            <Pager page=page last=last label=format!("Pagination : {what}") />
        }
    }
}
