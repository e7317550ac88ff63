/**
 * Characters no content file needs and that would reach pages, feeds and the HTML <title>
 * unseen: control characters (NUL, ESC, the C1 range), which break feeds and terminals, and
 * the bidirectional embeddings, overrides and isolates, which make text display in an order
 * other than the one it is stored in ("Trojan Source"). Right-to-left text needs none of
 * them; the left-to-right and right-to-left marks (U+200E, U+200F) stay allowed.
 */

// Tab and newline are the only controls a text file needs; \r is normalised away before this runs.
 
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x00: "NUL",
  0x07: "BEL",
  0x08: "BACKSPACE",
  0x1b: "ESC",
  0x7f: "DELETE",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)" */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code] ?? (code < 0x2000 ? "a control character" : "a bidirectional control");
  return `${hex} (${name})`;
}

/** Why the character may not stand in content. */
export function unsafeReason(character: string): string {
  return character.codePointAt(0)! >= 0x2000
    ? "which makes text display in an order other than it is written"
    : "which no text needs and which would reach the page, its title and the feeds unseen";
}

/** The first unsafe character in `text` and where it stands; undefined when there is none. */
export function findUnsafeCharacter(text: string): { index: number; character: string } | undefined {
  UNSAFE_CHARACTER.lastIndex = 0;
  const match = UNSAFE_CHARACTER.exec(text);
  return match ? { index: match.index, character: match[0] } : undefined;
}

export type UnsafeCharacter = { line: number; column: number; message: string };

/**
 * Every line of `text` holding an unsafe character, once per line (the first such character
 * on it), with its 1-based line and column. `firstLine` is the file line `text` starts on.
 */
export function unsafeCharacters(text: string, firstLine = 1): UnsafeCharacter[] {
  const found: UnsafeCharacter[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    const unsafe = findUnsafeCharacter(line);
    if (!unsafe) continue;
    const column = unsafe.index + 1;
    found.push({
      line: firstLine + index,
      column,
      message: `contains ${describeCharacter(unsafe.character)} at column ${column}, ${unsafeReason(unsafe.character)}; delete it (an editor that shows invisible characters helps)`,
    });
  }
  return found;
}
