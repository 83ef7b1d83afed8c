//! Reference data: the entities an account may act for.

pub mod entities;
