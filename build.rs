//! Rebuild when a built-in template changes: `include_dir!` embeds the
//! `templates/` folder but cannot tell Cargo to watch it on stable Rust.

fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=build.rs");
}
