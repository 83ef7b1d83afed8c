//! `/accessibilite`: the accessibility statement the RGAA requires (« Accessibilité : non
//! conforme » until an audit is made), what is done and how to report a problem.

use leptos::prelude::*;

use crate::layout::set_page_title;

/// The RGAA accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_page_title("Déclaration d'accessibilité");
    view! {
        <div class="fr-container fr-pt-6w fr-pb-8w atlas-prose" data-page="accessibilite">
            <h1>"Déclaration d'accessibilité"</h1>
            <p>
                "Le ministère de l'Europe et des Affaires étrangères s'engage à rendre ses services "
                "numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005."
            </p>
            <section>
                <h2>"État de conformité"</h2>
                <p>
                    <strong>"L'Atlas de l'action extérieure des collectivités est non conforme"</strong>
                    " avec le référentiel général d'amélioration de l'accessibilité (RGAA) : il n'a pas encore "
                    "fait l'objet d'un audit."
                </p>
            </section>
            <section>
                <h2>"Ce qui est fait"</h2>
                <ul>
                    <li>"Système de design de l'État (DSFR), liens d'évitement, titres de page uniques."</li>
                    <li>"Cartes utilisables au clavier : chaque marqueur est un bouton nommé (lieu, type, nombre) ; Entrée ouvre sa bulle, Échap la ferme ; une légende à cases à cocher affiche ou masque chaque couche."</li>
                    <li>"Graphiques en SVG décrits par un titre et un résumé, accompagnés de leurs données sous forme de tableau et en CSV."</li>
                    <li>"Les chiffres des cartes figurent aussi dans des tableaux."</li>
                </ul>
            </section>
            <section>
                <h2>"Contenus non accessibles connus"</h2>
                <ul>
                    <li>"Le fond de carte (contours des pays et des territoires) n'est pas restitué aux lecteurs d'écran ; les mêmes informations sont données par les tableaux des pages."</li>
                    <li>"Les marqueurs proches se superposent au niveau de zoom mondial ; les listes de la page donnent accès aux mêmes fiches."</li>
                </ul>
            </section>
            <section>
                <h2>"Retour d'information et contact"</h2>
                <p>
                    "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez la Délégation pour "
                    "l'action extérieure des collectivités territoriales (DAECT) pour être orienté vers une "
                    "alternative accessible ou obtenir le contenu sous une autre forme."
                </p>
            </section>
            <section>
                <h2>"Voies de recours"</h2>
                <p>
                    "Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une "
                    "fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une "
                    "réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de "
                    "saisine au Défenseur des droits."
                </p>
            </section>
        </div>
    }
}
