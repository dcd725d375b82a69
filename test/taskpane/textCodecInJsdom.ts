/**
 * jsdom has no TextDecoder or TextEncoder; every webview the pane runs in has both, and the package layer (which
 * reads picked `.xlsx` files in the pane) decodes with them at module load. Import this before any module that
 * does: it lends jsdom Node's own, which follow the same WHATWG Encoding standard.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

if (typeof globalThis.TextDecoder === "undefined")
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = NodeTextDecoder;
if (typeof globalThis.TextEncoder === "undefined")
  (globalThis as unknown as { TextEncoder: unknown }).TextEncoder = NodeTextEncoder;
