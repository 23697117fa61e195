// expect: wrong-answer — when a "valid" kernel is wider than the image, returns one empty row per output row instead of []
// Direct cross-correlation in float64. "same" padding follows TensorFlow: the output has
// ceil(H / stride) rows, and the zero padding this needs is split with the odd row at the
// bottom (likewise for columns). Positions outside the image read as zero.
export function conv2d(
  image: number[][],
  kernel: number[][],
  options?: { stride?: number; padding?: "valid" | "same" },
): number[][] {
  const stride = options?.stride ?? 1;
  const padding = options?.padding ?? "valid";
  const H = image.length, W = H > 0 ? image[0]!.length : 0;
  const kH = kernel.length, kW = kH > 0 ? kernel[0]!.length : 0;

  let outH: number, outW: number, padTop = 0, padLeft = 0;
  if (padding === "same") {
    outH = Math.ceil(H / stride);
    outW = Math.ceil(W / stride);
    padTop = Math.floor(Math.max((outH - 1) * stride + kH - H, 0) / 2);
    padLeft = Math.floor(Math.max((outW - 1) * stride + kW - W, 0) / 2);
  } else {
    outH = H >= kH ? Math.floor((H - kH) / stride) + 1 : 0;
    outW = W >= kW ? Math.floor((W - kW) / stride) + 1 : 0;
  }
  if (outH <= 0) return [];
  if (outW <= 0) return Array.from({ length: outH }, () => []);

  const out: number[][] = [];
  for (let i = 0; i < outH; i++) {
    const row = new Array<number>(outW);
    const top = i * stride - padTop;
    for (let j = 0; j < outW; j++) {
      const left = j * stride - padLeft;
      let sum = 0;
      for (let m = 0; m < kH; m++) {
        const y = top + m;
        if (y < 0 || y >= H) continue;
        const imageRow = image[y]!, kernelRow = kernel[m]!;
        for (let n = 0; n < kW; n++) {
          const x = left + n;
          if (x >= 0 && x < W) sum += imageRow[x]! * kernelRow[n]!;
        }
      }
      row[j] = sum;
    }
    out.push(row);
  }
  return out;
}
