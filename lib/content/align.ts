import type { Chapter } from "./chapters";
import type { TimedCue } from "./transcripts";

/**
 * Proposes when each slide appears in a recording from what is on the slide and what is said:
 * offline and deterministic, for `npm run align`. Each cue of the transcript is given to one
 * slide, in the deck's order (a slide may be skipped, never gone back to), so that the most of
 * the words said are words of the slide on screen: dynamic programming over slides × cues. A slide with too few words of its own (a picture,
 * a title) or whose words are never said is not placed: the tool says so rather than guess.
 */

/** How long before its first words a slide is taken to have come up. */
export const LEAD_SECONDS = 8;
/** A slide needs this many words of its own (on no other slide) to be placed. */
export const MIN_SLIDE_WORDS = 2;
/** And this share of them heard in its window. */
export const MIN_SHARE_HEARD = 0.34;

const STOP_WORDS = new Set(
  "the and for are but not you your with this that from have has was were will can its our their they them what when where which who why how all any one two into out about over than then there these those also just more most some such only very".split(
    " ",
  ),
);

/** A text's words as compared: lower-case, accents folded, no short or common words, a plural's "s" dropped. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !STOP_WORDS.has(word))
    .map((word) => (word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
  return new Set(words);
}

export type SlidePlacement =
  | { slide: number; placed: true; startSeconds: number; heard: number; words: number }
  | { slide: number; placed: false; reason: string };

/** Each slide's placement, in the deck's order. `slides[i]` is slide i + 1's text. */
export function alignSlides(slides: readonly string[], cues: readonly TimedCue[]): SlidePlacement[] {
  const slideWords = slides.map(contentWords);
  const cueWords = cues.map((cue) => contentWords(cue.text));
  const placeable: number[] = [];
  // A word on many slides ("demo", a footer's name) says little about which one is on screen.
  const slidesWith = new Map<string, number>();
  for (const words of slideWords) for (const word of words) slidesWith.set(word, (slidesWith.get(word) ?? 0) + 1);
  for (const [slide, words] of slideWords.entries()) {
    if ([...words].filter((word) => slidesWith.get(word) === 1).length >= MIN_SLIDE_WORDS) placeable.push(slide);
  }
  const match = (slide: number, cue: number) => {
    let heard = 0;
    for (const word of cueWords[cue]!) if (slideWords[slide]!.has(word)) heard += 1 / slidesWith.get(word)!;
    return heard;
  };

  // score[k][j]: the most words matched when cue j is said while placeable slide k is on
  // screen, every earlier cue under k or a slide before it. A cue stays with the slide before
  // it unless a later slide matches more, so a slide starts where its words are first said.
  const count = placeable.length;
  const score = placeable.map(() => new Float64Array(cues.length));
  const from = placeable.map(() => new Int32Array(cues.length));
  for (let cue = 0; cue < cues.length; cue++) {
    // The best slide to come from, among the slides before k at the previous cue (-1: none yet, score 0).
    let bestBefore = 0;
    let bestFrom = -1;
    for (let k = 0; k < count; k++) {
      const stay = cue > 0 ? score[k]![cue - 1]! : -1;
      const enter = bestBefore;
      const staying = stay >= enter && cue > 0;
      score[k]![cue] = match(placeable[k]!, cue) + (staying ? stay : enter);
      from[k]![cue] = staying ? k : bestFrom;
      // Ties go to the later slide: it keeps more slides placed.
      if (cue > 0 && score[k]![cue - 1]! >= bestBefore) {
        bestBefore = score[k]![cue - 1]!;
        bestFrom = k;
      }
    }
  }

  // Walk back from the best last slide, noting the first cue each slide was given.
  const firstCue = new Map<number, number>();
  // The cues where a slide's stretch begins.
  const firstCueStarts = new Set<number>();
  const heardWords = new Map<number, Set<string>>();
  if (cues.length > 0 && count > 0) {
    let k = 0;
    for (let candidate = 1; candidate < count; candidate++) if (score[candidate]![cues.length - 1]! >= score[k]![cues.length - 1]!) k = candidate;
    for (let cue = cues.length - 1; cue >= 0 && k >= 0; cue--) {
      const slide = placeable[k]!;
      firstCue.set(slide, cue);
      const heard = heardWords.get(slide) ?? new Set<string>();
      for (const word of cueWords[cue]!) if (slideWords[slide]!.has(word) && slidesWith.get(word) === 1) heard.add(word);
      heardWords.set(slide, heard);
      const previous = from[k]![cue]!;
      if (previous !== k) firstCueStarts.add(cue);
      k = previous;
    }
  }

  const ownWord = (slide: number, cue: number) => [...cueWords[cue]!].some((word) => slideWords[slide]!.has(word) && slidesWith.get(word) === 1);
  const placements = slides.map((_, slide): SlidePlacement & { firstOwn?: number; lastOwn?: number } => {
    const number = slide + 1;
    // Its own words: those on no other slide.
    const words = [...slideWords[slide]!].filter((word) => slidesWith.get(word) === 1).length;
    if (words < MIN_SLIDE_WORDS) return { slide: number, placed: false, reason: "too few words on the slide (a picture or a title)" };
    const heard = heardWords.get(slide)?.size ?? 0;
    const cue = firstCue.get(slide);
    if (cue === undefined || heard === 0 || heard / words < MIN_SHARE_HEARD) {
      return { slide: number, placed: false, reason: "its words are not said in the recording" };
    }
    // Where, within the cues given to it, its own words are first and last said.
    let firstOwn = cue;
    while (!ownWord(slide, firstOwn)) firstOwn += 1;
    let lastOwn = firstOwn;
    for (let index = firstOwn; index < cues.length && (index === firstOwn || !firstCueStarts.has(index)); index++) {
      if (ownWord(slide, index)) lastOwn = index;
    }
    return { slide: number, placed: true, startSeconds: cues[firstOwn]!.startSeconds, heard, words, firstOwn, lastOwn };
  });

  // A speaker says a slide's words soon after it comes up, not at once: the chapter starts a
  // little before its first words (LEAD_SECONDS), never before the slide before it was last
  // spoken of, at the start of a cue.
  let previousLastOwn: number | undefined;
  return placements.map((placement) => {
    if (!placement.placed) return placement;
    const { firstOwn, lastOwn, ...rest } = placement;
    const earliest = previousLastOwn === undefined ? 0 : cues[previousLastOwn]!.endSeconds;
    previousLastOwn = lastOwn;
    const target = Math.max(earliest, cues[firstOwn!]!.startSeconds - LEAD_SECONDS);
    let start = firstOwn!;
    while (start > 0 && cues[start - 1]!.startSeconds >= target) start -= 1;
    return { ...rest, startSeconds: cues[start]!.startSeconds };
  });
}

/** The placed slides as chapters: each until the next placed one starts, the last until the recording ends. */
export function chaptersOf(placements: readonly SlidePlacement[], endSeconds: number): Chapter[] {
  const placed = placements.filter((placement) => placement.placed);
  return placed.map((placement, index) => ({
    slide: placement.slide,
    startSeconds: placement.startSeconds,
    endSeconds: Math.max(placement.startSeconds, placed[index + 1]?.startSeconds ?? endSeconds),
  }));
}
