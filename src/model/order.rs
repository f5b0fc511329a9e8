//! Sorting the model's short lists without a copy of the standard library's sort for each kind
//! of item. `slice::sort_by` is compiled anew for every item type and comparison, about 4 KB of
//! wasm each time; the page sorted six kinds of list, about 10 KB of its gzip download.
//! Here the standard sort runs once, on positions, through one comparison behind a `dyn`, and
//! the items are then swapped into that order (the page's gzip 7 KB smaller). Stable and
//! O(n log n), as `sort_by` is.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping equal items in their order (as `slice::sort_by` does).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut to = destinations(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    // Each swap puts one item where it belongs.
    for i in 0..v.len() {
        while to[i] != i {
            let j = to[i];
            v.swap(i, j);
            to.swap(i, j);
        }
    }
}

/// Sorts `v` in ascending order, keeping equal items in their order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Where each of `n` items goes once sorted by `cmp`, which compares items by position.
fn destinations(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // The one copy of the standard sort the page carries (clippy.toml forbids the others).
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|&a, &b| cmp(a, b));
    let mut to = vec![0; n];
    for (place, item) in order.into_iter().enumerate() {
        to[item] = place;
    }
    to
}
