// A starting point for the custom-input box: the first example's arguments as a
// JSON object keyed by parameter name, read back from the judge's formatted input
// ("graph = [[1], [0]]\nstart = 0", tensors as "tensor([[1, 2]], float32)").
// Returns null when a value is not plain JSON (summarised, or a special number).

export function exampleInputAsJson(formatted: string): string | null {
  const fields: string[] = [];
  for (const line of formatted.split("\n")) {
    const m = /^([A-Za-z_$][\w$]*) = (.*)$/.exec(line);
    if (!m) return null;
    let value = m[2]!.trim();
    const t = /^tensor\((.*), (float32|int32|bool)\)$/.exec(value);
    if (t) value = t[1]!;
    value = asJson(value) ?? "";
    if (!value) return null;
    fields.push(`  ${JSON.stringify(m[1])}: ${value}`);
  }
  return fields.length ? `{\n${fields.join(",\n")}\n}` : null;
}

/**
 * The value as JSON text, or null. Objects are formatted JavaScript-style
 * (`{ lr: 0.1 }`), so unquoted keys are quoted — only when the value holds no string,
 * where text that looks like a key could be inside the quotes.
 */
function asJson(value: string): string | null {
  const parses = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  if (parses(value)) return value;
  if (value.includes('"')) return null;
  const quoted = value.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":');
  return parses(quoted) ? quoted : null;
}

/** The parameter names of `export function <entry>(...)` in the starter (for hints), or []. */
export function entryParamNames(starter: string, entry: string): string[] {
  const start = new RegExp(`export\\s+(?:async\\s+)?function\\s+${entry.replace(/[$]/g, "\\$")}\\s*(?:<[^>]*>)?\\s*\\(`).exec(starter);
  if (!start) return [];
  const names: string[] = [];
  let depth = 0, current = "";
  for (let i = start.index + start[0].length; i < starter.length; i++) {
    const ch = starter[i]!;
    if ("([{<".includes(ch)) depth++;
    else if (")]}>".includes(ch) && !(ch === ">" && starter[i - 1] === "=")) {
      if (depth === 0) {
        names.push(current);
        break;
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      names.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  return names.map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1]).filter((n): n is string => !!n);
}
