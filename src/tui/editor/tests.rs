//! The editor against the reference it must match: a plain text area
//! holding the whole text. Tiny windows make every key meet an edge.

use ratatui_textarea::{CursorMove, Input, Key, TextArea};

use super::{Editor, Sizes, window};
use crate::note::Tally;
use crate::note::testgen::Rng;
use crate::tui::theme::Theme;

fn editor(text: &str) -> Editor {
    Editor::new(text, Theme::new(false))
}

fn tiny(text: &str, reach: usize) -> Editor {
    let sizes = Sizes {
        reach,
        guard: reach / 3,
        most: reach * 8,
        whole: 4,
        page: reach * 8,
    };
    Editor::with_sizes(text, Theme::new(false), sizes)
}

fn reference(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(String::from).collect());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

fn key(key: Key) -> Input {
    Input {
        key,
        ..Input::default()
    }
}

/// Every default binding of the text area except undo, redo and paging
/// (paging depends on a drawn view; it has its own test). Typing and short
/// moves come more often than big deletions, so the text stays long.
fn keys(newlines: bool) -> Vec<Input> {
    let input = |key: Key, ctrl: bool, alt: bool, shift: bool| Input {
        key,
        ctrl,
        alt,
        shift,
    };
    let mut out = Vec::new();
    for c in ['a', 'b', ' ', '.', 'é', '🙂', '_', ' '] {
        out.extend(std::iter::repeat_n(key(Key::Char(c)), 3));
    }
    if newlines {
        out.extend([key(Key::Enter), key(Key::Enter), key(Key::Tab)]);
    }
    for shift in [false, true, false] {
        for k in [Key::Left, Key::Right, Key::Up, Key::Down] {
            out.extend(std::iter::repeat_n(input(k, false, false, shift), 3));
            out.push(input(k, true, false, shift));
            out.push(input(k, true, true, shift));
        }
        for c in ['n', 'p', 'f', 'b', 'a', 'e'] {
            out.push(input(Key::Char(c), true, false, shift));
        }
        for c in ['f', 'b', 'f', 'b', '<', '>', ']', '[', 'n', 'p'] {
            out.push(input(Key::Char(c), false, true, shift));
        }
        out.push(input(Key::Home, false, false, shift));
        out.push(input(Key::End, false, false, shift));
    }
    for c in ['h', 'd', 'w', 'k', 'j', 'y', 'x'] {
        out.push(input(Key::Char(c), true, false, false));
    }
    for c in ['h', 'd'] {
        out.push(input(Key::Char(c), false, true, false));
    }
    for k in [Key::Backspace, Key::Delete] {
        out.push(key(k));
        out.push(input(k, false, true, false));
    }
    out.extend([key(Key::Paste), key(Key::Cut), key(Key::Copy)]);
    out
}

fn state(area: &TextArea<'_>) -> (String, usize, Option<(usize, usize)>, String) {
    let lines = area.lines();
    let at = |(r, c): (usize, usize)| window::offset(lines, (r, c).into());
    let cursor = area.cursor();
    (
        lines.join("\n"),
        at((cursor.0, cursor.1)),
        area.selection_range().map(|(a, b)| (at(a), at(b))),
        area.yank_text(),
    )
}

fn ed_state(ed: &Editor) -> (String, usize, Option<(usize, usize)>, String) {
    (
        ed.text().to_string(),
        ed.cursor(),
        ed.selection().map(|r| (r.start, r.end)),
        ed.area().yank_text(),
    )
}

/// Replays random keys on both and compares text, cursor, selection and
/// yank buffer after each; returns how many steps had a partial window and
/// how many a selection reaching outside it.
fn differential(
    seed: u64,
    start: &str,
    newlines: bool,
    reach: usize,
    steps: usize,
) -> (usize, usize) {
    let mut rng = Rng(seed);
    let keys = keys(newlines);
    let mut reference = reference(start);
    let mut ed = tiny(start, reach);
    assert_eq!(state(&reference), ed_state(&ed));
    let mut log = Vec::new();
    let (mut partial, mut outside) = (0, 0);
    for _ in 0..steps {
        if ed.text().len() < start.len() / 2 {
            // Deletions win in the long run: paste more text (as a paste
            // does, over the selection).
            let more = start[rng.boundary(start)..].to_string();
            reference.insert_str(&more);
            ed.insert_str(&more);
            assert_eq!(state(&reference), ed_state(&ed), "paste");
        }
        let input = keys[rng.below(keys.len())].clone();
        log.push(input.clone());
        reference.input(input.clone());
        ed.input(input);
        assert_eq!(
            state(&reference),
            ed_state(&ed),
            "after {:?}",
            &log[log.len().saturating_sub(8)..]
        );
        assert_eq!(ed.tally, Tally::of(ed.text()));
        assert_eq!(&ed.text[ed.window.clone()], ed.area.lines().join("\n"));
        partial += usize::from(ed.window.len() < ed.text.len());
        outside += usize::from(ed.outside.is_some());
    }
    (partial, outside)
}

fn lines_text(rng: &mut Rng, lines: usize) -> String {
    (0..lines)
        .map(|_| rng.text(&['a', 'b', ' ', '.', 'é', '_', '🙂'], 9))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn matches_the_text_area_on_many_short_lines() {
    let (mut partial, mut outside) = (0, 0);
    for seed in 1..=12u64 {
        let mut rng = Rng(seed * 7919);
        let start = lines_text(&mut rng, 60);
        let (p, o) = differential(seed, &start, true, 40, 800);
        (partial, outside) = (partial + p, outside + o);
    }
    // The keys met the window's edges and selections beyond them.
    assert!(partial > 12 * 800 / 2, "{partial}");
    assert!(outside > 100, "{outside}");
}

#[test]
fn matches_the_text_area_on_one_long_line() {
    let (mut partial, mut outside) = (0, 0);
    for seed in 1..=12u64 {
        let mut rng = Rng(seed * 104_729);
        let start: String = (0..80)
            .map(|_| rng.text(&['a', 'b', 'é', '.', '_', '🙂'], 4) + " ")
            .collect();
        let (p, o) = differential(seed, &start, false, 9, 800);
        (partial, outside) = (partial + p, outside + o);
    }
    assert!(partial > 12 * 800 / 2, "{partial}");
    assert!(outside > 100, "{outside}");
}

#[test]
fn matches_the_text_area_when_whole() {
    for seed in 1..=6u64 {
        let mut rng = Rng(seed * 31);
        let start = lines_text(&mut rng, 8);
        differential(seed, &start, true, 10_000, 400);
    }
}

#[test]
fn undo_and_redo_walk_the_whole_history() {
    let mut rng = Rng(42);
    let keys = keys(true);
    let start = "lorem ipsum dolor sit amet ".repeat(20);
    let mut ed = tiny(&start, 12);
    let mut texts = vec![ed.text().to_string()];
    for _ in 0..150 {
        if ed.input(keys[rng.below(keys.len())].clone()) {
            texts.push(ed.text().to_string());
        }
    }
    // Typing is grouped by word, so undo visits some of the texts, in
    // order, and ends at the start; redo walks the same way back.
    let mut visited = vec![ed.text().to_string()];
    let mut at = texts.len() - 1;
    while ed.undo() {
        let found = texts[..at].iter().rposition(|t| t == ed.text());
        at = found.expect("undo lands on an earlier text");
        visited.push(ed.text().to_string());
    }
    assert_eq!(ed.text(), start);
    assert!(visited.len() > 1 && visited.len() < texts.len());
    for expected in visited.iter().rev().skip(1) {
        assert!(ed.redo());
        assert_eq!(ed.text(), expected);
    }
    assert!(!ed.redo());
}

#[test]
fn typing_is_undone_a_word_at_a_time() {
    let mut ed = tiny("", 64);
    for c in "we met in Lyon".chars() {
        ed.input(key(Key::Char(c)));
    }
    assert!(ed.undo());
    assert_eq!(ed.text(), "we met in ");
    assert!(ed.undo());
    assert_eq!(ed.text(), "we met ");
    ed.input(key(Key::Char('x')));
    assert!(ed.undo());
    assert_eq!(
        ed.text(),
        "we met ",
        "typing after undo is a step of its own"
    );
    assert!(ed.redo());
    assert_eq!(ed.text(), "we met x");
}

#[test]
fn paging_and_scrolling_move_through_a_windowed_text() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;
    let start = "lorem ipsum dolor sit amet ".repeat(400);
    let mut ed = tiny(&start, 64);
    let rect = Rect::new(0, 0, 30, 6);
    let mut buf = Buffer::empty(rect);
    let mut press = |ed: &mut Editor, k: Key, times: usize| {
        for _ in 0..times {
            ed.area().render(rect, &mut buf);
            ed.input(key(k));
        }
        ed.cursor()
    };
    let up = press(&mut ed, Key::PageUp, 40);
    assert!(up < start.len() - 40 * 30, "40 pages up: {up}");
    let down = press(&mut ed, Key::PageDown, 20);
    assert!(down > up, "pages down again: {down}");
    let wheel = press(&mut ed, Key::MouseScrollUp, 30);
    assert!(wheel < down);
    press(&mut ed, Key::MouseScrollDown, 10);
    assert_eq!(ed.text(), start);
}

#[test]
fn a_huge_text_is_held_as_a_window() {
    let big = "word ".repeat(200_000);
    let mut ed = editor(&big);
    assert!(ed.area().lines()[0].len() < 10_000);
    ed.input(key(Key::Char('x')));
    assert_eq!(ed.text().len(), big.len() + 1);
    assert!(ed.text().ends_with("word x"));
    // Ctrl-A reaches the start of the megabyte line, Ctrl-K cuts all of it.
    ed.input(Input {
        key: Key::Char('a'),
        ctrl: true,
        ..Input::default()
    });
    assert_eq!(ed.cursor(), 0);
    ed.input(Input {
        key: Key::Char('k'),
        ctrl: true,
        ..Input::default()
    });
    assert_eq!(ed.text(), "");
    assert!(ed.undo());
    assert_eq!(ed.text().len(), big.len() + 1);
    assert_eq!(ed.measured().tally, Tally::of(ed.text()));
}

#[test]
fn shift_home_selects_a_megabyte_and_typing_replaces_it() {
    let big = "word ".repeat(200_000);
    let mut ed = editor(&big);
    ed.input(Input {
        key: Key::Home,
        shift: true,
        ..Input::default()
    });
    assert_eq!(ed.selection(), Some(0..big.len()));
    ed.input(key(Key::Char('Z')));
    assert_eq!(ed.text(), "Z");
    // One step: the selection and what replaced it.
    assert!(ed.undo());
    assert_eq!(ed.text(), big);
    assert!(!ed.undo());
}

#[test]
fn replace_is_one_undo_step() {
    let mut a = editor("we met at QCon");
    a.replace(10, 14, "RustConf");
    assert_eq!(a.text(), "we met at RustConf");
    assert!(a.undo());
    assert_eq!(a.text(), "we met at QCon");
    assert!(!a.undo());
}

#[test]
fn replace_across_lines_and_past_the_end() {
    let mut a = editor("ab\ncd");
    a.replace(1, 4, "-");
    assert_eq!(a.text(), "a-d");
    a.replace(2, 99, "!");
    assert_eq!(a.text(), "a-!");
}

#[test]
fn set_text_keeps_history() {
    let mut a = editor("old words");
    a.set_text("new");
    assert_eq!(a.text(), "new");
    a.undo();
    a.undo();
    assert_eq!(a.text(), "old words");
    let mut empty = editor("");
    empty.set_text("x");
    assert_eq!(empty.text(), "x");
}

#[test]
fn select_then_type_replaces() {
    let mut a = editor("met at {event} in May");
    a.select(7, 14);
    a.input(key(Key::Char('Q')));
    assert_eq!(a.text(), "met at Q in May");
}

#[test]
fn select_far_inside_a_huge_text() {
    let big = format!("{}{{gap}}{}", "a ".repeat(300_000), " b".repeat(300_000));
    let at = 600_000;
    let mut a = editor(&big);
    a.select(at, at + 5);
    a.input(key(Key::Char('Q')));
    assert_eq!(&a.text()[at - 2..at + 3], "a Q b");
}

#[test]
fn text_with_carriage_returns_survives_the_window() {
    let text = "line one\r\nline two\r\n".repeat(2_000);
    let mut a = tiny(&text, 30);
    for _ in 0..500 {
        a.input(key(Key::Left));
    }
    a.input(key(Key::Char('x')));
    assert_eq!(a.text().len(), text.len() + 1);
    assert_eq!(a.text().matches('\r').count(), 4_000);
}

/// The differential tests at length, over many sizes of window.
#[test]
#[ignore = "slow: 800 random sessions of 1,500 keys; cargo test -- --ignored"]
fn soak() {
    for seed in 100..500 {
        let mut rng = Rng(seed * 7919);
        let start = lines_text(&mut rng, 40 + (seed % 50) as usize);
        differential(seed, &start, true, 30 + (seed % 40) as usize, 1500);
        let start: String = (0..60)
            .map(|_| rng.text(&['a', 'b', 'é', '.', '_', '🙂'], 4) + " ")
            .collect();
        differential(seed, &start, false, 12 + (seed % 20) as usize, 1500);
    }
}
