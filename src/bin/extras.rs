//! The second module: the chart, the plan, the guided session, progress and sources. Loaded by
//! the boot script once the first view is running (see scripts/post-build.mjs).
fn main() {
    posture_explainer::mount_extras();
}
