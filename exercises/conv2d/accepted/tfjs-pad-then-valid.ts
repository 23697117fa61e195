// accepted — tfjs in float32: pad with zeros explicitly (TensorFlow's split), then tf.conv2d with "valid"
import * as tf from "@tensorflow/tfjs";

export function conv2d(
  image: number[][],
  kernel: number[][],
  options?: { stride?: number; padding?: "valid" | "same" },
): number[][] {
  const s = options?.stride ?? 1;
  const same = (options?.padding ?? "valid") === "same";
  const H = image.length, W = image[0]!.length, kH = kernel.length, kW = kernel[0]!.length;
  if (!same && (H < kH || W < kW)) return [];
  const split = (size: number, k: number): [number, number] => {
    if (!same) return [0, 0];
    const total = Math.max((Math.ceil(size / s) - 1) * s + k - size, 0);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  };
  return tf.tidy(() => {
    const x = tf.pad(tf.tensor2d(image), [split(H, kH), split(W, kW)]).expandDims(0).expandDims(-1) as tf.Tensor4D;
    const f = tf.tensor2d(kernel).expandDims(-1).expandDims(-1) as tf.Tensor4D;
    const y = tf.conv2d(x, f, s, "valid").squeeze([0, 3]) as tf.Tensor2D;
    return y.arraySync();
  });
}
