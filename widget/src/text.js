// Message length as the server counts it, and splitting a long text into messages.

/** Length as the server counts it (code points, not UTF-16 units). */
export function charCount(text) {
  let n = 0;
  for (const _ of String(text)) n += 1;
  return n;
}

/** Split a long text into parts of at most `max` characters, at line ends where possible. */
export function splitText(text, max) {
  const parts = [];
  let current = '';
  const push = () => {
    if (current.trim()) parts.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of String(text).split('\n')) {
    const chars = [...line];
    if (charCount(current) + chars.length + 1 <= max) {
      current += (current ? '\n' : '') + line;
      continue;
    }
    push();
    for (let i = 0; i < chars.length; i += max) {
      const piece = chars.slice(i, i + max).join('');
      if (i + max < chars.length) parts.push(piece);
      else current = piece;
    }
  }
  push();
  return parts;
}
