// tfjs with its WASM backend, configured for a browser worker: WASM files bundled by Vite
// (never a CDN). A chunk of its own, loaded only by a worker that needs tfjs, so that
// judging an exercise without tensors never downloads or parses it.
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm"; // registers the backend (a side effect the bundler must keep)
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import wasmPlain from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url";
import wasmSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url";
import wasmThreadedSimd from "@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url";

setWasmPaths({
  "tfjs-backend-wasm.wasm": wasmPlain,
  "tfjs-backend-wasm-simd.wasm": wasmSimd,
  "tfjs-backend-wasm-threaded-simd.wasm": wasmThreadedSimd,
});
// A cross-origin-isolated page makes the threaded WASM backend hang at start-up.
tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
tf.env().set("PROD", true);

export { tf };
