//! Build-time work:
//! - rebuild when a built-in template changes: `include_dir!` embeds the
//!   `templates/` folder but cannot tell Cargo to watch it on stable Rust;
//! - the misspelling dictionary as a blob and offsets (`build/misspellings.rs`);
//! - the phrase book compiled from `assets/phrases.json` into an image the
//!   binary reads in place (`build/phrases.rs`), with the crate's own
//!   pattern compiler, included below, so there is one grammar;
//! - the order of the binary's code (`build/code-order.txt`, written by
//!   `scripts/order-code.sh`): what a lint runs first, together, so a
//!   short run maps a fraction of the code (see [`order_code`]).

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

        pub use list::{COMMON, DETAIL, List, SPELT};
        pub use vocab::{FxBuild, UNKNOWN};
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
    let typos = misspellings::write(&out);
    phrases::write(&out, &typos);
    order_code(&out);
}

/// Asks the linker to place the functions listed in `build/code-order.txt`
/// first, in that order, when it can: lld (Rust's default linker on
/// x86-64 Linux since 1.90) takes `--symbol-ordering-file`; GNU ld does
/// not, so a probe link decides, and without it the layout is the default
/// one. Names the binary no longer has are skipped quietly.
fn order_code(out: &str) {
    println!("cargo:rerun-if-changed=build/code-order.txt");
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo");
    let order = format!("{dir}/build/code-order.txt");
    let args = [
        format!("-Wl,--symbol-ordering-file={order}"),
        "-Wl,--no-warn-symbol-ordering".to_string(),
    ];
    if links_with(out, &args) {
        for arg in args {
            println!("cargo:rustc-link-arg-bin=connote={arg}");
        }
    }
}

/// Whether an empty program links with `args` given to the linker, with
/// the linker and flags this build uses.
fn links_with(out: &str, args: &[String]) -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let source = format!("{out}/probe.rs");
    if std::fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let mut probe = std::process::Command::new(rustc);
    probe.arg(&source).arg("-o").arg(format!("{out}/probe"));
    if let Ok(target) = std::env::var("TARGET") {
        probe.arg("--target").arg(target);
    }
    if let Ok(linker) = std::env::var("RUSTC_LINKER") {
        probe.arg(format!("-Clinker={linker}"));
    }
    if let Ok(flags) = std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        probe.args(flags.split('\u{1f}').filter(|f| !f.is_empty()));
    }
    for arg in args {
        probe.arg(format!("-Clink-arg={arg}"));
    }
    probe
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
