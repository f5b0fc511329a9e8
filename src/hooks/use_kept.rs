//! Data kept on this device, one way for all of it: the safety answers, the therapist's
//! programme and the progress. Each kind says how an action changes it (pure, in `state`) and
//! what to write for that change; this hook applies each action once, writes, and redraws.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// A kind of data kept on this device.
pub trait Kept: Clone + PartialEq + Default + 'static {
    type Action: 'static;
    /// What writing needs to know from the page (the day; whether this screen keeps answers).
    type Env: Clone + 'static;
    /// The data after `action`: pure, in the model or the codec.
    fn apply(&self, action: &Self::Action) -> Self;
    /// Writes to the device what `action` changed from `before` to `self`. Some(stored) when
    /// there was something to write, None when there was not.
    fn keep(&self, before: &Self, action: &Self::Action, env: &Self::Env) -> Option<bool>;
}

/// The data as the reducer holds it.
#[derive(PartialEq)]
struct Held<S>(S);

/// An action, the page's `Env`, and where to say whether its write was stored.
type Step<S> = (<S as Kept>::Action, <S as Kept>::Env, Rc<Cell<Option<bool>>>);

impl<S: Kept> Reducible for Held<S> {
    type Action = Step<S>;

    fn reduce(self: Rc<Self>, (action, env, stored): Step<S>) -> Rc<Self> {
        let next = self.0.apply(&action);
        stored.set(next.keep(&self.0, &action, &env));
        if next == self.0 {
            self
        } else {
            Rc::new(Held(next))
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct KeptHandle<S: Kept> {
    pub value: S,
    /// Applies an action now (so two quick taps both count) and tells whether what it changed
    /// was stored: Some(false) when the device refused it.
    pub dispatch: Callback<S::Action, Option<bool>>,
}

/// `env` is read when an action is dispatched, so it is always this render's. It is kept in a
/// cell written at each render, so that the dispatch callback stays one callback: making it
/// again whenever `env` changes (`use_callback` with `env` as its dependency) cost 0.2 KB of
/// gzip, which the page's size ceiling does not have.
#[hook]
pub fn use_kept<S: Kept>(env: S::Env) -> KeptHandle<S> {
    let held = use_reducer_eq(|| Held(S::default()));
    let env_now = use_mut_ref(|| env.clone());
    *env_now.borrow_mut() = env;
    let dispatch = {
        let d = held.dispatcher();
        use_callback((), move |action: S::Action, _| {
            let stored = Rc::new(Cell::new(None));
            // Yew runs the reducer within `dispatch`, so `stored` is set when it returns.
            d.dispatch((action, env_now.borrow().clone(), stored.clone()));
            stored.get()
        })
    };
    KeptHandle { value: held.0.clone(), dispatch }
}
