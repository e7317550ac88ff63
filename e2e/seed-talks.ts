/**
 * The speaker's talks as they were migrated, written out by hand from the seed's
 * facts (shared/seed/FACTS.md at migration time), so that the tests check the site
 * against what is true rather than against its own content files.
 */
export type SeedEvent = {
  name: string;
  date: string;
  location?: string;
  url?: string;
  recording: string;
};

export type SeedTalk = {
  slug: string;
  title: string;
  slides: string;
  events: SeedEvent[];
  links?: { title: string; url: string }[];
  speakers?: string[];
};

/** Newest first, the order the index must show. */
export const seedTalks: SeedTalk[] = [
  {
    slug: "building-a-go-profiler-using-go",
    title: "Building a Go Profiler Using Go",
    slides: "https://docs.google.com/presentation/d/1VNx98laKlhRFfzY9o23N5OHpBBJnuYAmZf5l7Mr-CE0/edit?usp=sharing",
    events: [
      {
        name: "GopherCon EU 2022",
        date: "Jun 2022",
        location: "Berlin, Germany",
        url: "https://gophercon.eu",
        recording: "https://www.youtube.com/watch?v=OlHQ6gkwqyA",
      },
    ],
    links: [{ title: "Demo application", url: "https://github.com/kakkoyun/tiny-profiler" }],
  },
  {
    slug: "ebpf-safety-first",
    title: "eBPF? Safety First!",
    slides: "https://docs.google.com/presentation/d/1hKqxAC9aaWLPM4xwXyXuK5cp2LBAewOVqZ05qjLNnK8/edit?usp=sharing",
    events: [
      {
        name: "Cloud-Native eBPF Day EU 2022",
        date: "16 May 2022",
        location: "Valencia, Spain",
        url: "https://sched.co/zrPZ",
        recording: "https://youtu.be/oWHQrlE2-G8",
      },
    ],
  },
  {
    slug: "story-of-correlation-integrating-thanos-metrics-with-observability-signals",
    title: "Story of Correlation: Integrating Thanos Metrics with Observability Signals",
    slides: "https://docs.google.com/presentation/d/1FvMqgD5jL5_eoUs6CgIFiBS06U0Ge1CBSXZKz26fsac/edit?usp=sharing",
    speakers: ["Bartłomiej Płotka"],
    events: [
      {
        name: "KubeCon EU 2022",
        date: "May 2022",
        location: "Valencia, Spain",
        url: "https://sched.co/ytsK",
        recording: "https://youtu.be/rWFb01GW0mQ",
      },
    ],
  },
  {
    slug: "parca-profiling-in-the-cloud-native-era",
    title: "Parca - Profiling in the Cloud-Native Era",
    slides: "https://docs.google.com/presentation/d/1cPdcLLSc_OzlLOnh1vuUaTuVOFjuJ7-NFbC599Pll2I/edit?usp=sharing",
    speakers: ["Matthias Loibl"],
    events: [
      {
        name: "KubeCon NA 2021",
        date: "Oct 2021",
        location: "Los Angeles, USA",
        recording: "https://youtu.be/ficc6_6RYQk",
      },
    ],
  },
  {
    slug: "profiling-go-applications-in-the-cloud-native-era",
    title: "Profiling Go Applications in the Cloud-Native Era",
    slides: "https://docs.google.com/presentation/d/1uue-Mpyw5zSuWfe1qphyhBtrCX4TmBWhN3iMcdYlnek/edit?usp=sharing",
    events: [
      {
        name: "GopherCon Turkey 2021",
        date: "2021",
        url: "https://gophercon.ist/#schedule",
        recording: "https://youtu.be/-miC_jnQ_Yk",
      },
    ],
  },
  {
    slug: "absorbing-thanos-infinite-powers-for-multi-cluster-telemetry",
    title: "Absorbing Thanos Infinite Powers for Multi-Cluster Telemetry",
    slides: "https://docs.google.com/presentation/d/1gMBQ7wLqAae45uGOcaYex-_9s675yzgexW705D7KM1Y/edit#slide=id.ga47ea1e9a6_0_13",
    speakers: ["Bartłomiej Płotka", "Frederic Branczyk"],
    events: [
      {
        name: "KubeCon NA 2020",
        date: "Nov 2020",
        location: "Online",
        url: "https://kccncna20.sched.com/event/ekHk/absorbing-thanos-infinite-powers-for-multi-cluster-telemetry-bartlomiej-plotka-kemal-akkoyun-red-hat-frederic-branczyk-independent",
        recording: "https://www.youtube.com/watch?v=6Nx2BFyr7qQ",
      },
    ],
  },
  {
    slug: "the-zen-of-prometheus",
    title: "The Zen of Prometheus",
    slides: "https://github.com/kakkoyun/the-zen-of-prometheus",
    links: [{ title: "Live website", url: "https://the-zen-of-prometheus.netlify.app/" }],
    events: [
      {
        name: "PromCon Online 2020",
        date: "Jul 2020",
        location: "Online",
        url: "https://promcon.io/2020-online/",
        recording: "https://www.youtube.com/watch?v=Nqp4fjw_omU",
      },
    ],
  },
  {
    slug: "are-you-testing-your-observability",
    title: "Are you testing your observability?",
    slides: "https://github.com/kakkoyun/are-you-testing-your-observability",
    events: [
      {
        name: "FOSDEM 2020",
        date: "Feb 2020",
        location: "Brussels, Belgium",
        url: "https://fosdem.org/2020/schedule/event/testing_observability/",
        recording: "https://www.youtube.com/watch?v=-jF4nWfrY3w",
      },
      {
        name: "GoDays Berlin 2020",
        date: "Jan 2020",
        location: "Berlin, Germany",
        url: "https://www.godays.io/conferenceday1",
        recording: "https://youtu.be/LU6D5cNeHks",
      },
    ],
  },
  {
    slug: "building-observable-go-services",
    title: "Building Observable Go Services",
    slides: "https://github.com/kakkoyun/building-observable-go-services",
    events: [
      {
        name: "GopherCon Turkey 2020",
        date: "2020",
        url: "https://gophercon.ist/en",
        recording: "https://www.youtube.com/watch?v=xkLyM1Gnaus",
      },
    ],
  },
];

export const PLAYLIST_URL = "https://www.youtube.com/playlist?list=PL3P7-fer_ILLtH_ZtQDQhDAEgTo5r9OnB";
export const GITHUB_URL = "https://github.com/kakkoyun";

/** Links that must never appear: the seed's dead hosts and its self-referencing "recording". */
export const DEAD_LINK_PATTERNS = [/gitpitch\.com/, /now\.sh/, /#building-a-go-profiler-using-go/];
