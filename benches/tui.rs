//! The composer's hot paths, in-process: a keystroke through `update`
//! (compose, count, lint) and a full redraw into a 120×40 `TestBackend`;
//! the same with a megabyte pasted into a field; the lint of that note
//! (which the composer runs on a worker thread when the user pauses); and
//! the time to the first frame (state built from an `Init`, then one draw).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui_textarea::{Input, Key};

use connote::note::Scenario;
use connote::tui::action::Action;
use connote::tui::app::{App, Init};
use connote::tui::theme::Theme;
use connote::tui::ui::Root;
use connote::tui::update::update;

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        update(
            app,
            Action::Edit(Input {
                key: Key::Char(c),
                ..Input::default()
            }),
        );
    }
}

fn composer() -> App {
    let init = Init {
        sender: Some("Tom".into()),
        ..Init::default()
    };
    let mut app = App::new(init, Theme::new(true), (120, 40));
    update(&mut app, Action::ChooseScenario(Scenario::Acquaintance));
    typed(&mut app, "Priya");
    update(&mut app, Action::NextField);
    typed(
        &mut app,
        "we talked about tracing after your workshop at RustConf in Montreal",
    );
    update(&mut app, Action::NextField);
    typed(&mut app, "I'd like to keep in touch");
    update(&mut app, Action::NextField);
    typed(&mut app, "coffee when you're next in Lisbon?");
    app
}

/// One keystroke (a char, then its deletion on the next round, so the
/// note stays the same size) and the frame that follows it.
fn keystroke_and_draw(app: &mut App, terminal: &mut Terminal<TestBackend>, round: &mut u64) {
    *round += 1;
    let key = if (*round).is_multiple_of(2) {
        Key::Backspace
    } else {
        Key::Char('x')
    };
    update(
        app,
        Action::Edit(Input {
            key,
            ..Input::default()
        }),
    );
    terminal
        .draw(|f| f.render_widget(&Root(app), f.area()))
        .expect("draw");
}

fn bench(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut app = composer();
    let mut round = 0;
    c.bench_function("keystroke_update_lint_draw_120x40", |b| {
        b.iter(|| keystroke_and_draw(&mut app, &mut terminal, &mut round));
    });

    let mut big = composer();
    update(&mut big, Action::FocusPrev);
    update(&mut big, Action::FocusPrev);
    update(
        &mut big,
        Action::Paste("lorem ipsum dolor sit amet ".repeat(40_000)),
    );
    assert!(big.text().len() > 1_000_000);
    let mut round = 0;
    c.bench_function("keystroke_update_draw_1mb_field", |b| {
        b.iter(|| keystroke_and_draw(&mut big, &mut terminal, &mut round));
    });
    c.bench_function("deferred_lint_1mb", |b| b.iter(|| big.relint()));

    c.bench_function("first_frame_120x40", |b| {
        b.iter(|| {
            let app = App::new(Init::default(), Theme::new(true), (120, 40));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            terminal
                .draw(|f| f.render_widget(&Root(black_box(&app)), f.area()))
                .expect("draw");
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
