//! The model's own sort (one copy of the standard sort for every kind of item) must order
//! exactly as the standard library's stable sort does.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods, reason = "test code never reaches the wasm, where the size rules apply")]

use posture_explainer::model::order::{sort, sort_by};
use proptest::prelude::*;

#[test]
fn equal_items_keep_their_order() {
    let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
    sort_by(&mut v, |a, b| a.0.cmp(&b.0));
    assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
}

#[test]
fn a_long_reversed_list_is_sorted() {
    // Stored data is read through this sort: a crafted list must not make it crawl.
    let mut v: Vec<u32> = (0..200_000).rev().collect();
    sort(&mut v);
    assert!(v.windows(2).all(|w| w[0] < w[1]));
}

proptest! {
    #[test]
    fn orders_as_the_standard_stable_sort(v in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
        let mut ours = v.clone();
        let mut std = v.clone();
        sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
        std.sort_by_key(|x| std::cmp::Reverse(x.0));
        prop_assert_eq!(&ours, &std);
        let mut ours = v.clone();
        let mut std = v;
        sort(&mut ours);
        std.sort();
        prop_assert_eq!(ours, std);
    }
}
