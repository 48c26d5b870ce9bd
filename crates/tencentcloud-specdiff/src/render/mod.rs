//! Renderers: text (terminal), Markdown (release notes), JSON (tools).

pub mod json;
pub mod markdown;
pub mod text;
