//! The JSON names of a body's fields, in the order they are declared, read from its
//! `Deserialize` implementation (so serde's renames count): the order field errors come in.

use serde::de::{self, DeserializeOwned, Visitor};

/// The JSON field names of `T`, a struct (empty for anything else).
pub(super) fn names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    // Deserializing from `Names` always fails: it only records the fields asked for.
    let _ = T::deserialize(Names(&mut names));
    names
}

/// A deserializer that holds no data: it notes the fields a struct asks for, then gives up.
struct Names<'a>(&'a mut &'static [&'static str]);

impl<'de> de::Deserializer<'de> for Names<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("field names only"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    #[expect(dead_code, reason = "only the field names are read")]
    struct Form {
        name: String,
        #[serde(rename = "mapView")]
        map_view: Option<String>,
        query: String,
    }

    #[test]
    fn names_are_the_json_ones_in_order() {
        assert_eq!(names::<Form>(), ["name", "mapView", "query"]);
        assert!(names::<String>().is_empty());
    }
}
