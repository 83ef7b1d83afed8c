//! Demo
