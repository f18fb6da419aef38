//! Scenario templates: the built-ins embedded from `templates/`, and the
//! user's own from the config directory.
