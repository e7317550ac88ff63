// Writes N realistic talk files: varied titles, summaries, tags, one to three events at
// every date precision, slides, recordings and links, and an abstract of a few paragraphs
// with a link component, as an author would write them. Deterministic for a given N.
import fs from "node:fs";
import path from "node:path";

const TOPICS = [
  "Go",
  "eBPF",
  "Profiling",
  "Observability",
  "Prometheus",
  "Thanos",
  "Kubernetes",
  "Rust",
  "Testing",
  "Tracing",
  "Linux",
  "Performance",
];
const SUBJECTS = [
  "Continuous Profiling",
  "Metrics at Scale",
  "Safer Kernel Programs",
  "Observable Services",
  "Distributed Tracing",
  "Alerting That Works",
  "Fleet-Wide Efficiency",
  "Portable eBPF",
  "Instrumentation Patterns",
  "Query Performance",
];
const FRAMES = [
  "{s} in Practice",
  "Lessons from {s}",
  "{s}: The Hard Parts",
  "Getting Started with {s}",
  "{s} Without the Pain",
  "Beyond {s}",
  "A Field Guide to {s}",
  "{s} for Go Developers",
];
const EVENTS = [
  ["GopherCon EU", "Berlin, Germany"],
  ["KubeCon EU", "Amsterdam, Netherlands"],
  ["KubeCon NA", "Chicago, USA"],
  ["FOSDEM", "Brussels, Belgium"],
  ["PromCon", "Online"],
  ["Cloud-Native eBPF Day", "Valencia, Spain"],
  ["GoDays", "Berlin, Germany"],
  ["Monitorama", "Amsterdam, Netherlands"],
];
const SENTENCES = [
  "Profiles show where a program spends its time and memory, line by line.",
  "Collected continuously, they turn one-off investigations into a routine part of operating software.",
  "The kernel's verifier rejects unsafe programs, but only when they are loaded.",
  "Metrics are cheap to collect and to keep, which makes them the backbone of alerting.",
  "Traces connect the work of many services into one request's story.",
  "Most instrumentation mistakes are invisible until an incident needs the data.",
  "Good defaults matter more than clever configuration.",
  "This talk walks through the design, the trade-offs and what we learned running it in production.",
  "Attendees leave with patterns they can apply to their own services the next day.",
  "A live demo shows each step on a real application.",
];

function random(seed) {
  // Mulberry32: small, fast and reproducible.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, list) => list[Math.floor(next() * list.length)];
const pad = (number) => String(number).padStart(2, "0");
const yamlString = (text) => JSON.stringify(text);

function talkFile(index, next) {
  const title = `${pick(next, FRAMES).replace("{s}", pick(next, SUBJECTS))} (${index + 1})`;
  const tags = [...new Set([pick(next, TOPICS), pick(next, TOPICS), pick(next, TOPICS)])];
  const eventCount = 1 + Math.floor(next() * 3);
  const events = [];
  for (let e = 0; e < eventCount; e++) {
    const [name, location] = pick(next, EVENTS);
    const year = 2012 + Math.floor(next() * 14);
    const precision = next();
    const date =
      precision < 0.2
        ? `${year}`
        : precision < 0.6
          ? `${year}-${pad(1 + Math.floor(next() * 12))}`
          : `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const lines = [
      `  - name: ${yamlString(`${name} ${year}`)}`,
      `    date: ${date}`,
      `    location: ${yamlString(location)}`,
    ];
    if (next() < 0.7) lines.push(`    url: https://events.example.com/${index}/${e}`);
    // An 11-character id, as YouTube's are: the talk page shows it in place, with the player island.
    if (next() < 0.8)
      lines.push(`    recording: https://www.youtube.com/watch?v=${index.toString(36).padStart(10, "x")}${e}`);
    events.push(lines.join("\n"));
  }
  const summary = `${pick(next, SENTENCES)} ${pick(next, SENTENCES)}`.slice(0, 280);
  const paragraphs = Array.from({ length: 3 + Math.floor(next() * 2) }, () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(next, SENTENCES)).join(" "),
  );
  paragraphs.push(
    `The deck is online: <SlidesLink href="https://slides.example.com/${index}">slides for this talk</SlidesLink>.`,
  );
  return [
    "---",
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(summary)}`,
    `tags: [${tags.map(yamlString).join(", ")}]`,
    `slides: https://slides.example.com/${index}`,
    ...(next() < 0.4
      ? ["links:", "  - title: Demo application", `    url: https://github.com/example/demo-${index}`]
      : []),
    ...(next() < 0.3 ? ["speakers:", `  - name: ${yamlString(`Co-Speaker ${index}`)}`] : []),
    "events:",
    ...events,
    "---",
    "",
    paragraphs.join("\n\n"),
    "",
  ].join("\n");
}

/** Replaces the talks in `talksDirectory` with `count` synthetic ones. */
export function writeSyntheticTalks(talksDirectory, count) {
  fs.rmSync(talksDirectory, { recursive: true, force: true });
  fs.mkdirSync(talksDirectory, { recursive: true });
  const next = random(count * 7919);
  for (let index = 0; index < count; index++) {
    fs.writeFileSync(
      path.join(talksDirectory, `synthetic-talk-${String(index + 1).padStart(4, "0")}.mdx`),
      talkFile(index, next),
    );
  }
}
