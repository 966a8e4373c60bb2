// Stable, line-independent identities for findings: a CMS keeps a dismissal across edits, GitLab
// and SARIF match a finding between runs. Two FNV-1a 32-bit hashes with different offsets make a
// 64-bit hex id; no crypto module, so it runs the same in a browser.

export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
