//! A photo chosen for measuring: decoded, turned upright from its own orientation and scaled
//! down off the main thread (`createImageBitmap`), then held as an object URL in this page's
//! memory only. Nothing here writes to storage or sends anything.
//! What each call gives is known from the call itself (createImageBitmap gives an ImageBitmap,
//! createElement("canvas") a canvas, and so on), so the values are cast unchecked: a checked
//! cast is a JS `instanceof` import of its own in the page's glue.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Photos are scaled to this width: enough to place a sticker to a pixel, small enough for a
/// cheap phone (a 48 MP photo would take about 190 MB decoded).
pub const WIDTH_PX: u32 = 1600;

/// A prepared photo: its object URL (revoke it with `release`) and its size in pixels.
#[derive(Clone, PartialEq)]
pub struct PreparedPhoto {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// Decodes and scales the file. Err when it is not an image the browser can decode.
pub async fn prepare(file: web_sys::File) -> Result<PreparedPhoto, JsValue> {
    if !file.type_().starts_with("image/") {
        return Err(JsValue::NULL);
    }
    // The options as a plain object (Reflect.set is in the glue already): ImageBitmapOptions'
    // setters and its two enums' tables were glue of their own.
    let options = js_sys::Object::new();
    for (key, value) in
        [("imageOrientation", JsValue::from_str("from-image")), ("resizeWidth", JsValue::from(WIDTH_PX)), ("resizeQuality", JsValue::from_str("high"))]
    {
        js_sys::Reflect::set(&options, &JsValue::from_str(key), &value)?;
    }
    let decoding = gloo::utils::window().create_image_bitmap_with_blob_and_image_bitmap_options(&file, options.unchecked_ref())?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(decoding).await?.unchecked_into();
    let (width, height) = (bitmap.width(), bitmap.height());
    let canvas: web_sys::HtmlCanvasElement = gloo::utils::document().create_element("canvas")?.unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::ImageBitmapRenderingContext = canvas.get_context("bitmaprenderer")?.ok_or(JsValue::NULL)?.unchecked_into();
    context.transfer_from_image_bitmap(&bitmap);
    let encoded = js_sys::Promise::new(&mut |resolve, reject| {
        if canvas.to_blob(&resolve).is_err() {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    // Null when the canvas could not be encoded: createObjectURL then throws, so Err as well.
    let blob: web_sys::Blob = JsFuture::from(encoded).await?.unchecked_into();
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    Ok(PreparedPhoto { url, width, height })
}

/// Lets the photo go: the page keeps no reference to it after this.
pub fn release(photo: &PreparedPhoto) {
    let _ = web_sys::Url::revoke_object_url(&photo.url);
}
