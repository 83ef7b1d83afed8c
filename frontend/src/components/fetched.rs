//! The three states of data a page fetches — loading, loaded, failed — shown the same way on
//! every page.

use leptos::prelude::*;

use super::{ApiErrorAlert, Loading};
use crate::api::ApiError;

/// What to show for `resource`: a loading state, `render(data)`, or an error alert with a
/// retry button.
pub fn fetched<T, V>(
    resource: LocalResource<Result<T, ApiError>>,
    loading: &'static str,
    failed: &'static str,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => view! { <Loading label=loading /> }.into_any(),
        Some(Ok(data)) => render(data).into_any(),
        Some(Err(error)) => view! {
            <ApiErrorAlert title=failed error=error on_retry=move |()| resource.refetch() />
        }
        .into_any(),
    }
}
