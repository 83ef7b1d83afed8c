//! The latest answer of a request that follows a changing query: the previous answer stays on
//! screen while the next one loads (facets do not flash, focus stays on the ticked box), and an
//! answer overtaken by a newer query is dropped.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::ApiError;

/// The answer shown and whether a newer one is on its way.
pub struct Latest<T: Send + Sync + 'static> {
    pub answer: RwSignal<Option<Result<T, ApiError>>>,
    pub loading: RwSignal<bool>,
    /// Asks the same query again (after an error).
    pub retry: Callback<()>,
}

impl<T: Send + Sync + 'static> Clone for Latest<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Latest<T> {}

/// Runs `fetch(query)` whenever `query` changes; keeps the answer of the latest query only.
pub fn latest<T, Fut>(
    query: impl Fn() -> String + Send + Sync + 'static,
    fetch: impl Fn(String) -> Fut + Copy + 'static,
) -> Latest<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let answer = RwSignal::new(None);
    let loading = RwSignal::new(true);
    let generation = StoredValue::new(0_u64);
    let again = RwSignal::new(0_u32);
    Effect::new(move |_| {
        again.track();
        let q = query();
        loading.set(true);
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        spawn_local(async move {
            let result = fetch(q).await;
            // The page may be gone, or a newer query may have been sent meanwhile.
            if generation.try_get_value() == Some(mine) {
                answer.try_set(Some(result));
                loading.try_set(false);
            }
        });
    });
    Latest {
        answer,
        loading,
        retry: Callback::new(move |()| again.update(|n| *n += 1)),
    }
}
