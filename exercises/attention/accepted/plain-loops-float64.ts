// accepted — plain loops over dataSync() arrays in float64, a per-row max over the allowed keys
import * as tf from "@tensorflow/tfjs";

export function attention(q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, mask?: tf.Tensor): tf.Tensor {
  const rank = q.rank;
  const lead = q.shape.slice(0, rank - 2);
  const [lq, d] = q.shape.slice(rank - 2) as [number, number];
  const lk = k.shape[rank - 2]!, dv = v.shape[rank - 1]!;
  const batches = lead.reduce((a, b) => a * b, 1);
  const qs = q.dataSync(), ks = k.dataSync(), vs = v.dataSync();
  // The mask, spelled out to one flag per (batch entry, query, key).
  const allowed = mask ? tf.tidy(() => tf.broadcastTo(tf.cast(mask, "int32"), [...lead, lq, lk]).dataSync()) : null;
  const out = new Float32Array(batches * lq * dv);
  const logits = new Float64Array(lk);
  const scale = 1 / Math.sqrt(d);
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < lq; i++) {
      let max = -Infinity;
      for (let j = 0; j < lk; j++) {
        if (allowed && !allowed[(b * lq + i) * lk + j]) { logits[j] = NaN; continue; }
        let dot = 0;
        for (let t = 0; t < d; t++) dot += qs[(b * lq + i) * d + t]! * ks[(b * lk + j) * d + t]!;
        logits[j] = dot * scale;
        if (logits[j]! > max) max = logits[j]!;
      }
      if (max === -Infinity) continue; // every key blocked: the row stays zeros
      let sum = 0;
      const acc = new Float64Array(dv);
      for (let j = 0; j < lk; j++) {
        if (Number.isNaN(logits[j])) continue;
        const w = Math.exp(logits[j]! - max);
        sum += w;
        for (let c = 0; c < dv; c++) acc[c] += w * vs[(b * lk + j) * dv + c]!;
      }
      for (let c = 0; c < dv; c++) out[(b * lq + i) * dv + c] = acc[c]! / sum;
    }
  }
  return tf.tensor(out, [...lead, lq, dv]);
}
