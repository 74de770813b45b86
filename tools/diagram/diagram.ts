/** The rules as a flowchart (SVG), for policy staff and social workers: one box per question, one
 * per arrangement (outcome), an arrow for every `next` entry labelled with its named test.
 *
 * Edges to outcomes: a `next` entry whose goto is 'result' gets one arrow to each arrangement that
 * some route really ends in after taking that entry. Reachability is computed honestly, by
 * enumerating every answer combination on every route (enumeratePaths) and replaying each with the
 * engine's own route() — the same code the interview and the XState machine use. The same walk
 * tells which `next` entries no route ever takes: those arrows are drawn dashed, and questions or
 * arrangements no route reaches get a dashed border. (If the routes ever grow too wide to
 * enumerate, enumeratePaths throws and this needs the cheaper 'result' fan-out instead.)
 *
 * Layout is by elkjs (layered, top to bottom); the SVG is drawn here from the layout coordinates.
 * Pure and deterministic: the same rules and titles give byte-identical output. Node and build
 * only (elkjs is a dev dependency): the app never imports this. */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { route } from '../../src/engine/route.ts';
import { RESULT_TARGET, type ArrangementKind, type Rules } from '../../src/rules/types.ts';

export interface DiagramTitles {
  questions: Record<string, string>;
  arrangements: Record<string, string>;
}

// --- text measuring --------------------------------------------------------------------------

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Advance widths in em of DejaVu Sans, the widest common fallback for system-ui (what Linux
 * browsers use); Segoe UI, San Francisco and Roboto are narrower, so text measured this way fits. */
const EM: Record<string, number> = {
  ' ': 0.318, a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278,
  j: 0.278, k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521,
  t: 0.392, u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525, A: 0.684, B: 0.686, C: 0.698,
  D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295, K: 0.656, L: 0.557, M: 0.863,
  N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611, U: 0.732, V: 0.684, W: 0.989,
  X: 0.685, Y: 0.611, Z: 0.685, '-': 0.361, '.': 0.318, ',': 0.318, "'": 0.275, '’': 0.318, '?': 0.531,
  '!': 0.401, ':': 0.337, ';': 0.337, '(': 0.39, ')': 0.39, '/': 0.337, '&': 0.78, '#': 0.838,
};

function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += EM[ch] ?? (/[0-9]/.test(ch) ? 0.636 : 0.7);
  return em * size * (bold ? 1.15 : 1);
}

/** Greedy word wrap; a word wider than the line is broken after its hyphens, then anywhere. */
function wrap(text: string, max: number, size: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, size, bold) <= max;
  // Pieces of one word are glued back together without a space when they share a line.
  const tokens: { text: string; glue: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    let glue = false;
    while (rest && !fits(rest)) {
      let cut = 0;
      for (let i = 1; i < rest.length && fits(rest.slice(0, i)); i++) if (rest[i - 1] === '-') cut = i;
      if (cut === 0) for (cut = 1; cut < rest.length - 1 && fits(rest.slice(0, cut + 1)); cut++);
      tokens.push({ text: rest.slice(0, cut), glue });
      rest = rest.slice(cut);
      glue = true;
    }
    if (rest) tokens.push({ text: rest, glue });
  }
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const candidate = line ? `${line}${t.glue ? '' : ' '}${t.text}` : t.text;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = t.text;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Routed {
  from: string;
  to: string;
  points: ElkPoint[];
  label?: Box;
}

const near = (a: number, b: number, d: number) => Math.abs(a - b) < d;

/** Removes the jogs ELK's orthogonal routing leaves around inline labels: a few-pixel sideways
 * step in a vertical run, or a short step just after leaving a box or just before entering one.
 * A run is only moved where it stays well inside the box it touches, keeps clear of every other
 * edge's end on that box, and does not run along another edge; a label on a moved run moves with
 * it. Points that no longer bend are then dropped. */
function tidyRoutes(routes: Routed[], boxes: Map<string, Box>): void {
  const vertical = (r: Routed, i: number) => r.points[i]!.x === r.points[i + 1]!.x;
  const horizontal = (r: Routed, i: number) => r.points[i]!.y === r.points[i + 1]!.y;
  /** Would a vertical run at x from y1 to y2 lie along (or end beside) another edge's run? */
  const clashes = (self: Routed, x: number, y1: number, y2: number) =>
    routes.some(
      (o) =>
        o !== self &&
        o.points.some((p, i) => {
          const q = o.points[i + 1];
          if (!q || p.x !== q.x || !near(p.x, x, 12)) return false;
          return Math.min(p.y, q.y) < Math.max(y1, y2) && Math.max(p.y, q.y) > Math.min(y1, y2);
        }),
    );
  const inside = (box: Box | undefined, x: number) => !!box && x >= box.x + 18 && x <= box.x + box.width - 18;
  const moveLabel = (r: Routed, x0: number, y1: number, y2: number, dx: number) => {
    const l = r.label;
    if (l && l.x <= x0 && x0 <= l.x + l.width && l.y < Math.max(y1, y2) && l.y + l.height > Math.min(y1, y2)) l.x += dx;
  };
  for (const r of routes) {
    const pts = r.points;
    // A tiny step in the middle of a vertical run.
    for (let i = 1; i + 2 < pts.length; i++) {
      const [b, c, d] = [pts[i]!, pts[i + 1]!, pts[i + 2]!];
      if (vertical(r, i - 1) && horizontal(r, i) && vertical(r, i + 1) && near(c.x, b.x, 11) && c.x !== b.x) {
        if (i + 2 === pts.length - 1 && !inside(boxes.get(r.to), b.x)) continue;
        moveLabel(r, c.x, c.y, d.y, b.x - c.x);
        c.x = b.x;
        d.x = b.x;
      }
    }
    // A short step just before the end: move the last run onto the run before it.
    const n = pts.length;
    if (n >= 4 && vertical(r, n - 4) && horizontal(r, n - 3) && vertical(r, n - 2)) {
      const [b, c, d] = [pts[n - 3]!, pts[n - 2]!, pts[n - 1]!];
      if (near(b.x, c.x, 41) && inside(boxes.get(r.to), b.x) && !clashes(r, b.x, c.y, d.y)) {
        moveLabel(r, c.x, c.y, d.y, b.x - c.x);
        c.x = b.x;
        d.x = b.x;
      }
    }
    // A short step just after the start: move the first run onto the run after it.
    if (pts.length >= 4 && vertical(r, 0) && horizontal(r, 1) && vertical(r, 2)) {
      const [s, b, c] = [pts[0]!, pts[1]!, pts[2]!];
      if (near(b.x, c.x, 41) && inside(boxes.get(r.from), c.x) && !clashes(r, c.x, s.y, b.y)) {
        moveLabel(r, s.x, s.y, b.y, c.x - s.x);
        s.x = c.x;
        b.x = c.x;
      }
    }
    const out: ElkPoint[] = [];
    for (const p of pts) {
      const prev = out[out.length - 1];
      if (prev && prev.x === p.x && prev.y === p.y) continue;
      const before = out[out.length - 2];
      if (prev && before && ((before.x === prev.x && prev.x === p.x) || (before.y === prev.y && prev.y === p.y))) out.pop();
      out.push(p);
    }
    r.points = out;
  }
}

// --- look ------------------------------------------------------------------------------------

const ID_SIZE = 14;
const TITLE_SIZE = 15;
const LABEL_SIZE = 14;
const LINE = 1.3;
const PAD_X = 14;
const PAD_Y = 10;
const MIN_WIDTH = 220;
const MAX_WIDTH = 300;
const TEXT = '#1b1b1b';
const EDGE = '#3d3d3d';
const FAINT = '#5f5f5f';

/** Fill and border per kind of box. Every text colour is #1b1b1b on these pale fills (contrast
 * 14:1 or more); borders are dark enough to see (3:1 or more against the white page). */
const STYLE: Record<'question' | 'start' | ArrangementKind, { fill: string; stroke: string; name: string }> = {
  start: { fill: '#d3e3f8', stroke: '#1d4f91', name: 'First question' },
  question: { fill: '#eef4fc', stroke: '#1d4f91', name: 'Question' },
  kinship: { fill: '#e3f3e6', stroke: '#1e6b34', name: 'Outcome: kinship care' },
  uncertain: { fill: '#fff3d1', stroke: '#8a5a00', name: 'Outcome: not sure yet' },
  'not-kinship': { fill: '#eeeeee', stroke: '#555555', name: 'Outcome: not kinship care' },
  'outside-england': { fill: '#fbe6ea', stroke: '#9b1c31', name: 'Outcome: outside England' },
};

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Fixed precision so the output does not depend on floating-point noise in the last digits. */
const n = (x: number) => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

const plural = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

// --- graph -----------------------------------------------------------------------------------

interface DiagramNode {
  id: string;
  kind: 'question' | 'start' | ArrangementKind;
  heading: string;
  lines: string[];
  width: number;
  height: number;
  title: string;
  reached: boolean;
  outcome: boolean;
}

interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  when: string;
  /** Answer combinations that take this arrow. */
  uses: number;
  title: string;
}

function nodeBox(width: number, heading: string, text: string) {
  const lines = wrap(text, width - 2 * PAD_X, TITLE_SIZE);
  const headingLines = wrap(heading, width - 2 * PAD_X, ID_SIZE, true);
  const height = Math.ceil(2 * PAD_Y + headingLines.length * ID_SIZE * LINE + 4 + lines.length * TITLE_SIZE * LINE);
  return { headingLines, lines, height };
}

/** Which `next` entry a step took: the first with this test and target (route() takes the first). */
function entryIndex(rules: Rules, question: string, via: string | undefined, to: string): number {
  return rules.questions[question]!.next.findIndex((t) => t.when === via && t.goto === to);
}

export async function rulesDiagram(rules: Rules, titles: DiagramTitles): Promise<string> {
  // Walk every answer combination: how often each `next` entry is taken, and where 'result' leads.
  const entryUses = new Map<string, number>(); // `${question}#${index}`
  const outcomeUses = new Map<string, number>(); // `${question}#${index}>${arrangement}`
  const questionReached = new Set<string>();
  const arrangementReached = new Set<string>();
  const routesTo = new Map<string, string[]>(); // arrangement -> distinct question sequences
  for (const p of enumeratePaths(rules)) {
    if (p.loop || p.outcome === undefined) continue; // rules errors: rules:check reports them
    const r = route(rules, p.answers);
    if (!r.complete) continue;
    for (const s of r.steps) {
      questionReached.add(s.question);
      const key = `${s.question}#${entryIndex(rules, s.question, s.via, s.to)}`;
      entryUses.set(key, (entryUses.get(key) ?? 0) + 1);
      if (s.to === RESULT_TARGET) {
        const okey = `${key}>${r.outcome.arrangement}`;
        outcomeUses.set(okey, (outcomeUses.get(okey) ?? 0) + 1);
        arrangementReached.add(r.outcome.arrangement);
        const seq = r.steps.map((t) => t.question).join(' > ');
        const known = routesTo.get(r.outcome.arrangement) ?? [];
        if (!known.includes(seq)) routesTo.set(r.outcome.arrangement, [...known, seq]);
      }
    }
  }

  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const order = new Map(rules.arrangements.map((a, i) => [a.id, i + 1]));
  const questionHeading = (id: string) => (id === rules.start ? `Start: ${id}` : id);
  const arrangementHeading = (id: string) => `${order.get(id)}. ${id}`;
  // One width for every question and one for every outcome: wide enough for the longest heading
  // on one line (within limits), so the boxes line up and ids are not broken.
  const boxWidth = (headings: string[]) =>
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...headings.map((h) => Math.ceil(textWidth(h, ID_SIZE, true) + 2 * PAD_X))));
  const Q_WIDTH = boxWidth(rules.questionOrder.map(questionHeading));
  const A_WIDTH = boxWidth(rules.arrangements.map((a) => arrangementHeading(a.id)));

  for (const id of rules.questionOrder) {
    const title = titles.questions[id] ?? '';
    const kind = id === rules.start ? 'start' : 'question';
    const heading = questionHeading(id);
    const box = nodeBox(Q_WIDTH, heading, title);
    const reached = questionReached.has(id);
    nodes.push({
      id: `q-${id}`,
      kind,
      heading: box.headingLines.join('\n'),
      lines: box.lines,
      width: Q_WIDTH,
      height: box.height,
      title: `${id === rules.start ? 'First question' : 'Question'} ${id}: ${title}${reached ? '' : ' (no route asks this question)'}`,
      reached,
      outcome: false,
    });
  }
  for (const a of rules.arrangements) {
    const title = titles.arrangements[a.id] ?? '';
    const heading = arrangementHeading(a.id);
    const box = nodeBox(A_WIDTH, heading, title);
    const reached = arrangementReached.has(a.id);
    nodes.push({
      id: `a-${a.id}`,
      kind: a.kind,
      heading: box.headingLines.join('\n'),
      lines: box.lines,
      width: A_WIDTH,
      height: box.height,
      title:
        `Outcome ${order.get(a.id)} of ${rules.arrangements.length}, ${a.id} (${STYLE[a.kind].name.replace('Outcome: ', '')}): ${title}` +
        (reached
          ? `. Questions asked on the ${plural(routesTo.get(a.id)!.length, 'route')} here: ${routesTo.get(a.id)!.join('; ')}`
          : ' (no route ends here)'),
      reached,
      outcome: true,
    });
  }

  for (const id of rules.questionOrder) {
    rules.questions[id]!.next.forEach((t, i) => {
      const when = t.when ?? 'otherwise';
      const uses = entryUses.get(`${id}#${i}`) ?? 0;
      const taken = uses ? `taken by ${plural(uses, 'answer combination')}` : 'no route takes this';
      if (t.goto !== RESULT_TARGET) {
        edges.push({
          id: `e${edges.length}`,
          from: `q-${id}`,
          to: `q-${t.goto}`,
          when,
          uses,
          title: `${id} to ${t.goto}, ${t.when ? `when ${t.when}` : 'otherwise'} (${taken})`,
        });
        return;
      }
      for (const a of rules.arrangements) {
        const k = outcomeUses.get(`${id}#${i}>${a.id}`);
        if (!k) continue;
        edges.push({
          id: `e${edges.length}`,
          from: `q-${id}`,
          to: `a-${a.id}`,
          when,
          uses: k,
          title:
            `${id} to the result, ${t.when ? `when ${t.when}` : 'otherwise'}; ` +
            `outcome ${order.get(a.id)}, ${a.id}, is the first that fits for ${plural(k, 'answer combination')}`,
        });
      }
    });
  }

  // --- layout --------------------------------------------------------------------------------

  const labelHeight = Math.ceil(LABEL_SIZE * LINE + 4);
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.randomSeed': '1',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeNode': '24',
      'elk.spacing.edgeEdge': '14',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.layered.spacing.edgeNodeBetweenLayers': '24',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.edgeLabels.placement': 'CENTER',
    },
    children: nodes.map((d) => ({ id: d.id, width: d.width, height: d.height })),
    edges: edges.map(
      (e): ElkExtendedEdge => ({
        id: e.id,
        sources: [e.from],
        targets: [e.to],
        labels: [{ id: `${e.id}-label`, text: e.when, layoutOptions: { 'elk.edgeLabels.inline': 'true' }, width: Math.ceil(textWidth(e.when, LABEL_SIZE) + 10), height: labelHeight }],
      }),
    ),
  };
  const laid = await new ELK().layout(graph);

  // --- drawing -------------------------------------------------------------------------------

  const legend = legendItems();
  const legendHeight = 64;
  const width = Math.max(Math.ceil(laid.width ?? 0), legend.width + 40);
  const height = Math.ceil((laid.height ?? 0) + legendHeight);
  const dy = legendHeight;

  const placed = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const out: string[] = [];
  const q = rules.questionOrder.length;
  const a = rules.arrangements.length;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" lang="en" aria-labelledby="diagram-title diagram-desc" font-family="${esc(FONT)}">`,
    `<title id="diagram-title">Kinship care checker: every route from the questions to an outcome</title>`,
    `<desc id="diagram-desc">${esc(
      `A flowchart of the checker's rules (version ${rules.version}, last checked ${rules.lastChecked}): ` +
        `${plural(q, 'question')} as rounded boxes and ${plural(a, 'outcome')} (arrangements) as boxes with cut corners, ` +
        `coloured by kind. The first question is ${rules.start}. Each arrow is labelled with the named test that sends the ` +
        `carer that way; 'otherwise' is taken when no earlier test for that question is true. Arrows into an outcome show ` +
        `which arrangements a route can end in: outcomes are tested in their numbered order and the first that fits is the ` +
        `result. Dashed arrows or borders mark steps no combination of answers reaches.`,
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  out.push(legend.svg);

  // Edges first, so boxes sit on top of any line that passes close by; labels after boxes.
  const labels: string[] = [];
  out.push(`<g class="edges" fill="none" stroke-linejoin="round">`);
  const laidEdges = new Map((laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const boxes = new Map(
    [...placed].map(([id, c]) => [id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 }]),
  );
  const routed: Routed[] = edges.map((e) => {
    const le = laidEdges.get(e.id);
    const points: ElkPoint[] = [];
    for (const s of le?.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    const l = le?.labels?.[0];
    const label =
      l && l.x !== undefined && l.y !== undefined ? { x: l.x, y: l.y, width: l.width ?? 0, height: l.height ?? labelHeight } : undefined;
    return { from: e.from, to: e.to, points: points.map((p) => ({ x: p.x, y: p.y })), label };
  });
  tidyRoutes(routed, boxes);
  edges.forEach((e, k) => {
    const r = routed[k]!;
    const pts = r.points.map((p) => ({ x: p.x, y: p.y + dy }));
    const colour = e.uses ? EDGE : FAINT;
    const dash = e.uses ? '' : ' stroke-dasharray="6 5"';
    const attrs = `class="edge" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-when="${esc(e.when)}"`;
    out.push(`<g ${attrs}>`, `<title>${esc(e.title)}</title>`);
    if (pts.length >= 2) {
      const end = pts[pts.length - 1]!;
      const prev = pts[pts.length - 2]!;
      const len = Math.hypot(end.x - prev.x, end.y - prev.y) || 1;
      const ux = (end.x - prev.x) / len;
      const uy = (end.y - prev.y) / len;
      const head = 11;
      const half = 5.5;
      const line = [...pts.slice(0, -1), { x: end.x - ux * head, y: end.y - uy * head }];
      out.push(
        `<polyline points="${line.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" stroke="${colour}" stroke-width="1.8"${dash}/>`,
        `<polygon points="${n(end.x)},${n(end.y)} ${n(end.x - ux * head - uy * half)},${n(end.y - uy * head + ux * half)} ${n(end.x - ux * head + uy * half)},${n(end.y - uy * head - ux * half)}" fill="${colour}" stroke="none"/>`,
      );
    }
    out.push(`</g>`);
    const l = r.label;
    if (l) {
      const lw = l.width;
      const lh = l.height;
      labels.push(
        `<g class="edge-label" data-from="${esc(e.from)}" data-to="${esc(e.to)}">` +
          `<rect x="${n(l.x)}" y="${n(l.y + dy)}" width="${n(lw)}" height="${n(lh)}" rx="3" fill="#ffffff" fill-opacity="0.92" stroke="${colour}" stroke-width="0.8"${dash}/>` +
          `<text x="${n(l.x + lw / 2)}" y="${n(l.y + dy + lh / 2)}" font-size="${LABEL_SIZE}" text-anchor="middle" dominant-baseline="central" fill="${TEXT}"${e.uses ? '' : ' font-style="italic"'}>${esc(e.when)}</text></g>`,
      );
    }
  });
  out.push(`</g>`);

  out.push(`<g class="nodes">`);
  for (const d of nodes) {
    const p = placed.get(d.id);
    const x = p?.x ?? 0;
    const y = (p?.y ?? 0) + dy;
    const st = STYLE[d.kind];
    const strokeWidth = d.kind === 'start' ? 3 : 2;
    const dash = d.reached ? '' : ' stroke-dasharray="7 5"';
    out.push(`<g id="${esc(d.id)}" class="${d.outcome ? 'outcome' : 'question'}">`, `<title>${esc(d.title)}</title>`);
    out.push(shape(d.outcome, x, y, d.width, d.height, `fill="${st.fill}" stroke="${st.stroke}" stroke-width="${strokeWidth}"${dash}`));
    let ty = y + PAD_Y;
    for (const h of d.heading.split('\n')) {
      ty += ID_SIZE * LINE;
      out.push(`<text x="${n(x + PAD_X)}" y="${n(ty - ID_SIZE * 0.3)}" font-size="${ID_SIZE}" font-weight="700" fill="${TEXT}">${esc(h)}</text>`);
    }
    ty += 4;
    for (const t of d.lines) {
      ty += TITLE_SIZE * LINE;
      out.push(`<text x="${n(x + PAD_X)}" y="${n(ty - TITLE_SIZE * 0.3)}" font-size="${TITLE_SIZE}" fill="${TEXT}">${esc(t)}</text>`);
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);
  out.push(`<g class="edge-labels">`, ...labels, `</g>`);
  out.push(`</svg>`);
  return out.join('\n') + '\n';
}

/** Questions: rounded rectangles. Outcomes: rectangles with cut corners (a different outline as
 * well as a different colour, so the two can be told apart without colour). */
function shape(outcome: boolean, x: number, y: number, w: number, h: number, attrs: string): string {
  if (!outcome) return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="12" ${attrs}/>`;
  const c = 12;
  const pts = [
    [x + c, y], [x + w - c, y], [x + w, y + c], [x + w, y + h - c],
    [x + w - c, y + h], [x + c, y + h], [x, y + h - c], [x, y + c],
  ];
  return `<polygon points="${pts.map(([px, py]) => `${n(px!)},${n(py!)}`).join(' ')}" ${attrs}/>`;
}

function legendItems(): { svg: string; width: number } {
  const kinds = ['start', 'question', 'kinship', 'uncertain', 'not-kinship', 'outside-england'] as const;
  const parts: string[] = [`<g class="legend">`];
  let x = 20;
  const y = 18;
  for (const k of kinds) {
    const st = STYLE[k];
    const outcome = k !== 'start' && k !== 'question';
    parts.push(shape(outcome, x, y, 34, 26, `fill="${st.fill}" stroke="${st.stroke}" stroke-width="${k === 'start' ? 3 : 2}"`));
    parts.push(`<text x="${n(x + 42)}" y="${n(y + 13)}" font-size="14" dominant-baseline="central" fill="${TEXT}">${esc(st.name)}</text>`);
    x += 42 + textWidth(st.name, 14) + 28;
  }
  const note = 'Dashed: no route takes it';
  parts.push(
    `<line x1="${n(x)}" y1="${n(y + 13)}" x2="${n(x + 34)}" y2="${n(y + 13)}" stroke="${FAINT}" stroke-width="1.8" stroke-dasharray="6 5"/>`,
    `<text x="${n(x + 42)}" y="${n(y + 13)}" font-size="14" dominant-baseline="central" fill="${TEXT}">${esc(note)}</text>`,
  );
  x += 42 + textWidth(note, 14);
  parts.push(`</g>`);
  return { svg: parts.join('\n'), width: Math.ceil(x) };
}

/** The titles from locale files (parsed JSON such as locales/en/questions.json), id -> title. */
export function localeTitles(questions: unknown, arrangements: unknown): DiagramTitles {
  const pick = (entries: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    if (entries && typeof entries === 'object')
      for (const [id, v] of Object.entries(entries as Record<string, unknown>)) {
        const title = v && typeof v === 'object' ? (v as { title?: unknown }).title : undefined;
        if (typeof title === 'string') out[id] = title;
      }
    return out;
  };
  return { questions: pick(questions), arrangements: pick(arrangements) };
}
