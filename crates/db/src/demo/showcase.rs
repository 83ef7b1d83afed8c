//! The showcase of seed 000's crossed question: a conventioned partnership between a
//! collectivité of Auvergne-Rhône-Alpes and an Indian partner, with heritage projects
//! co-financed by the ministry and the AFD, made to exist without moving any published count.

use std::collections::BTreeMap;

use super::collectivites::Coll;
use super::links::Link;
use super::partners::Partner;

/// A project forced to answer the seed's crossed question (heritage in India, co-financed).
pub struct Showcase {
    pub themes: &'static [&'static str],
    pub years: (i32, i32),
    pub financings: &'static [(&'static str, i32, i64)],
}

/// Makes sure a conventioned partnership links a collectivité of Auvergne-Rhône-Alpes with an
/// Indian partner, carrying a heritage project co-financed by the ministry in 2009 and one by
/// the AFD (the example of seed 000). Only swaps partners between two Asian partnerships and
/// moves one project between them, so every published count holds.
pub fn showcase(
    colls: &[Coll],
    partners: &[Partner],
    links: &mut [Link],
) -> BTreeMap<usize, Vec<Showcase>> {
    let asia = 2;
    let in_aura = |l: &Link| colls[l.coll].region_code.as_deref() == Some("84");
    let indian = |l: &Link| partners[l.partner].country == "IN";
    let target = match links
        .iter()
        .position(|l| l.continent == asia && in_aura(l) && indian(l))
    {
        Some(i) => Some(i),
        None => {
            let a = links.iter().position(|l| l.continent == asia && in_aura(l));
            let b = links.iter().position(|l| l.continent == asia && indian(l));
            match (a, b) {
                (Some(a), Some(b)) => {
                    let (pa, pb) = (links[a].partner, links[b].partner);
                    let clash = links.iter().any(|l| {
                        (l.coll == links[a].coll && l.partner == pb)
                            || (l.coll == links[b].coll && l.partner == pa)
                    });
                    if clash {
                        None
                    } else {
                        links[a].partner = pb;
                        links[b].partner = pa;
                        Some(a)
                    }
                }
                _ => None,
            }
        }
    };
    let Some(t) = target else {
        return BTreeMap::new();
    };
    if links[t].projects < 2
        && let Some(donor) = links
            .iter()
            .position(|l| l.continent == asia && l.projects > 1)
    {
        links[donor].projects -= 1;
        links[t].projects += 1;
    }
    links[t].conventioned = true;
    links[t].jumelage = false;
    links[t].since_year = links[t].since_year.min(2005);
    links[t].convention_date = chrono::NaiveDate::from_ymd_opt(links[t].since_year, 6, 14);
    let projects = vec![
        Showcase {
            themes: &["patrimoine", "culture"],
            years: (2008, 2011),
            financings: &[
                ("fonds-propres", 2008, 1_800_000),
                ("mae-daect", 2009, 2_500_000),
                ("fonds-propres", 2009, 2_200_000),
                ("partenaire-etranger", 2010, 900_000),
            ],
        },
        Showcase {
            themes: &["patrimoine", "tourisme"],
            years: (2012, 2015),
            financings: &[
                ("fonds-propres", 2012, 2_000_000),
                ("afd", 2013, 6_000_000),
                ("fonds-propres", 2014, 1_500_000),
            ],
        },
    ];
    BTreeMap::from([(t, projects)])
}
