//! Build-time work:
//! - rebuild when a built-in template changes: `include_dir!` embeds the
//!   `templates/` folder but cannot tell Cargo to watch it on stable Rust;
//! - the misspelling dictionary as a blob and offsets (`build/misspellings.rs`);
//! - the phrase book compiled from `assets/phrases.json` into an image the
//!   binary reads in place (`build/phrases.rs`), with the crate's own
//!   pattern compiler, included below, so there is one grammar.

#[path = "build/misspellings.rs"]
mod misspellings;
#[path = "build/phrases.rs"]
mod phrases;

/// The crate's modules the phrase compiler needs, by path, laid out as in
/// the crate so their `crate::lint::…` imports resolve. The build script
/// uses only part of them.
#[allow(dead_code, unused_imports)]
#[path = "src/lint"]
mod lint {
    pub mod text {
        mod normalize;
        mod token;

        pub use normalize::{Irregular, expand, fold, fold_into, stem_into};
        pub use token::{Token, TokenKind};
    }

    pub mod phrases {
        pub mod compile;
        pub mod image;
        pub mod list;
        pub mod pattern;
        pub mod raw;
        pub mod table;
        pub mod vocab;

        pub use vocab::FxBuild;
    }
}

fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=assets/phrases.json");
    for module in [
        "phrases/compile.rs",
        "phrases/image.rs",
        "phrases/list.rs",
        "phrases/pattern.rs",
        "phrases/raw.rs",
        "phrases/table.rs",
        "phrases/vocab.rs",
        "text/normalize.rs",
        "text/token.rs",
    ] {
        println!("cargo:rerun-if-changed=src/lint/{module}");
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    misspellings::write(&out);
    phrases::write(&out);
}
