//! Closing the header's modal menu (small screens) after a client-side navigation: the DSFR
//! script opens and closes it, but knows nothing of the router, so the menu would stay over the
//! new page.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Asks the DSFR script to close the modal `id` if it is open: `dsfr(element).modal.conceal()`.
pub fn close_modal(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
    else {
        return;
    };
    let opened = element
        .class_name()
        .split_whitespace()
        .any(|class| class == "fr-modal--opened");
    if !opened {
        return;
    }
    let _ = conceal(&element);
}

fn conceal(element: &web_sys::Element) -> Result<(), JsValue> {
    let dsfr: Function = Reflect::get(&js_sys::global(), &"dsfr".into())?.dyn_into()?;
    let instance = dsfr.call1(&JsValue::NULL, element)?;
    let modal = Reflect::get(&instance, &"modal".into())?;
    let conceal: Function = Reflect::get(&modal, &"conceal".into())?.dyn_into()?;
    conceal.call0(&modal)?;
    Ok(())
}
