#!/usr/bin/env node
// Builds the static docs site into _site/ (`npm run site`):
//   - dist/ (npm run build) when it is missing or older than src/;
//   - the API reference with typedoc into _site/api/ (skip with --skip-api);
//   - README.md and docs/*.md rendered to HTML by the small markdown converter below;
//   - an index page, the playground (site/*) and the ESM build bundled for the browser into
//     _site/lib/poortwachter.js (dist/index.js with zod and date-fns inlined: browsers cannot
//     resolve bare imports).
// Options: --out DIR (default _site), --skip-api. Dev tooling only: nothing here ships in the package.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** GitHub-style heading id: lower case, punctuation dropped, spaces to dashes. */
export function slugify(text) {
  return text.toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}

/** A link to another markdown file of the repository points at its rendered page. */
function rewriteHref(href) {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return href;
  return href.replace(/(^|\/)README\.md(?=$|#)/, '$1readme.html').replace(/\.md(?=$|#)/, '.html');
}

/** Inline markdown: code spans, links, bold, italics. Everything else is escaped. */
export function inlineMarkdown(text) {
  const codes = [];
  let s = text.replace(/`([^`]+)`/g, (_, c) => `\u0000${codes.push(c) - 1}\u0000`);
  s = escapeHtml(s);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${rewriteHref(href)}">${label}</a>`);
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  s = s.replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
  s = s.replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => `<code>${escapeHtml(codes[Number(i)])}</code>`);
}

/** Cells of a table row; a `|` inside a code span or escaped as `\\|` does not split. */
function splitRow(line) {
  const cells = [];
  let cell = '';
  let inCode = false;
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '\\' && body[k + 1] === '|') { cell += '|'; k++; continue; }
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) { cells.push(cell.trim()); cell = ''; continue; }
    cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A small markdown → HTML converter for the project's own docs: ATX headings (with ids), paragraphs,
 * bullet and numbered lists (nested by indentation), fenced code, tables, block quotes, rules,
 * inline code, links, bold and italics. Raw HTML in the markdown is escaped, not passed through.
 */
export function markdownToHtml(md) {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  const usedIds = new Map();
  let i = 0;
  const isBlockStart = (l) => /^(#{1,6}\s|```|\s*([-*+]|\d+[.)])\s|>|\|)/.test(l) || /^(-{3,}|\*{3,})\s*$/.test(l);
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }
    const fence = /^```\s*([\w+-]*)/.exec(line);
    if (fence) {
      const body = [];
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) body.push(lines[i++]);
      i++;
      const cls = fence[1] ? ` class="language-${escapeHtml(fence[1])}"` : '';
      out.push(`<pre><code${cls}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const html = inlineMarkdown(heading[2]);
      let id = slugify(heading[2].replace(/`/g, ''));
      const n = usedIds.get(id) ?? 0;
      usedIds.set(id, n + 1);
      if (n > 0) id = `${id}-${n}`;
      out.push(`<h${level} id="${escapeHtml(id)}">${html}</h${level}>`);
      i++;
      continue;
    }
    if (/^(-{3,}|\*{3,})\s*$/.test(line)) { out.push('<hr>'); i++; continue; }
    if (line.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = splitRow(line);
      const aligns = splitRow(lines[i + 1]).map((c) => (c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : null));
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(splitRow(lines[i++]));
      const cell = (tag, c, k) => `<${tag}${aligns[k] ? ` style="text-align:${aligns[k]}"` : ''}>${inlineMarkdown(c)}</${tag}>`;
      out.push(`<div class="table-wrap"><table><thead><tr>${head.map((c, k) => cell('th', c, k)).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c, k) => cell('td', c, k)).join('')}</tr>`).join('')}</tbody></table></div>`);
      continue;
    }
    if (line.startsWith('>')) {
      const body = [];
      while (i < lines.length && lines[i].startsWith('>')) body.push(lines[i++].replace(/^>\s?/, ''));
      out.push(`<blockquote>${markdownToHtml(body.join('\n'))}</blockquote>`);
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s/.test(line)) {
      const { html, next } = parseList(lines, i);
      out.push(html);
      i = next;
      continue;
    }
    const para = [line.trim()];
    i++;
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !isBlockStart(lines[i])) para.push(lines[i++].trim());
    out.push(`<p>${inlineMarkdown(para.join(' '))}</p>`);
  }
  return out.join('\n');
}

const indentOf = (l) => /^\s*/.exec(l)[0].length;

/** A list starting at lines[start]; items nest by indentation, continuation lines join the item. */
function parseList(lines, start) {
  const base = indentOf(lines[start]);
  const ordered = /^\s*\d+[.)]\s/.test(lines[start]);
  const sameKind = (l) => (ordered ? /^\s*\d+[.)]\s/ : /^\s*[-*+]\s/).test(l);
  const items = [];
  let i = start;
  while (i < lines.length) {
    const l = lines[i];
    if (/^\s*$/.test(l)) {
      // a blank line ends the list unless the next line continues it
      const nxt = lines[i + 1];
      if (nxt !== undefined && indentOf(nxt) === base && sameKind(nxt)) { i++; continue; }
      if (nxt !== undefined && indentOf(nxt) > base && items.length > 0) { i++; continue; }
      break;
    }
    const ind = indentOf(l);
    const m = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(l);
    if (m && ind === base && !sameKind(l)) break;
    if (m && ind === base) { items.push({ text: [m[2]], children: [] }); i++; continue; }
    if (ind < base) break;
    if (m && ind > base) {
      const sub = parseList(lines, i);
      items[items.length - 1].children.push(sub.html);
      i = sub.next;
      continue;
    }
    if (ind === base && !m) break;
    if (/^\s*```/.test(l)) {
      const body = [];
      i++;
      while (i < lines.length && !/^\s*```\s*$/.test(lines[i])) body.push(lines[i++].slice(ind));
      i++;
      items[items.length - 1].children.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    items[items.length - 1].text.push(l.trim());
    i++;
  }
  const tag = ordered ? 'ol' : 'ul';
  const html = `<${tag}>${items.map((it) => `<li>${inlineMarkdown(it.text.join(' '))}${it.children.join('')}</li>`).join('')}</${tag}>`;
  return { html, next: i };
}

/**
 * The page frame shared by every page: the generated docs pages and the app pages of site/ (the
 * playground and the spoor-2 check, which add their script, Dutch as the page language and the
 * wider `app` layout).
 */
export function page({ title, body, depth = 0, active = '', lang = 'en', script = '', mainClass = 'doc' }) {
  const up = depth === 0 ? '' : '../'.repeat(depth);
  const nav = [
    ['index.html', 'Home', 'home'],
    ['readme.html', 'README', 'readme'],
    ['playground.html', 'Playground', 'playground'],
    ['spoor2.html', 'Spoor 2 check', 'spoor2'],
    ['api/index.html', 'API reference', 'api'],
  ].map(([href, label, key]) => `<a href="${up}${href}"${key === active ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — poortwachter</title>
<link rel="stylesheet" href="${up}assets/style.css">
${script === '' ? '' : `<script type="module" src="${up}${script}"></script>\n`}</head>
<body>
<header class="site-header"><a class="brand" href="${up}index.html">poortwachter</a><nav aria-label="Site">${nav}</nav></header>
<main class="${mainClass}">
${body}
</main>
</body>
</html>
`;
}

/** The app pages of site/: each file holds the page's <main>; {@link page} adds the frame. */
const APP_PAGES = {
  'playground.html': { title: 'Playground', script: 'playground.js', active: 'playground' },
  'spoor2.html': { title: 'Spoor 2 check', script: 'spoor2.js', active: 'spoor2' },
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

/** The first `# heading` of a markdown file, as its title. */
const titleOf = (md, fallback) => /^#\s+(.+)$/m.exec(md)?.[1].replace(/`/g, '') ?? fallback;

/**
 * Builds the site.
 * @param {{ out?: string, skipApi?: boolean, log?: (s: string) => void }} [opts]
 * @returns {Promise<string>} the absolute output directory
 */
export async function buildSite(opts = {}) {
  const out = resolve(ROOT, opts.out ?? '_site');
  const log = opts.log ?? ((s) => console.log(s));
  const distEntry = join(ROOT, 'dist', 'index.js');
  if (!existsSync(distEntry) || statSync(distEntry).mtimeMs < newestMtime(join(ROOT, 'src'))) {
    log('site: dist/ is missing or older than src/ — running npm run build');
    run('npm', ['run', 'build']);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'docs'), { recursive: true });
  mkdirSync(join(out, 'lib'), { recursive: true });
  mkdirSync(join(out, 'assets'), { recursive: true });

  if (!opts.skipApi) {
    log('site: typedoc → api/');
    run('npx', ['typedoc', '--out', join(out, 'api'), '--logLevel', 'Warn']);
  }

  // The ESM build, with its dependencies inlined, for the browser.
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [distEntry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(out, 'lib', 'poortwachter.js'),
    sourcemap: true,
    logLevel: 'warning',
    legalComments: 'linked',
  });

  // Guides
  const guides = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort();
  const guideLinks = [];
  for (const f of guides) {
    const md = readFileSync(join(ROOT, 'docs', f), 'utf8');
    const title = titleOf(md, f);
    const name = basename(f, '.md');
    writeFileSync(join(out, 'docs', `${name}.html`), page({ title, body: markdownToHtml(md), depth: 1 }));
    guideLinks.push(`<li><a href="docs/${name}.html">${inlineMarkdown(title)}</a></li>`);
  }
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  writeFileSync(join(out, 'readme.html'), page({ title: 'README', body: markdownToHtml(readme), active: 'readme' }));

  // Static sources: the app pages (their <main> only: framed here like every page), styles, scripts.
  for (const f of readdirSync(join(ROOT, 'site'))) {
    const app = APP_PAGES[f];
    if (app !== undefined) {
      const main = readFileSync(join(ROOT, 'site', f), 'utf8').replace(/^<!--[\s\S]*?-->\n/, '').replace(/\n$/, '');
      writeFileSync(join(out, f), page({ ...app, body: main, lang: 'nl', mainClass: 'app' }));
      continue;
    }
    const dest = f.endsWith('.css') ? join(out, 'assets', f) : join(out, f);
    copyFileSync(join(ROOT, 'site', f), dest);
  }

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const intro = /^# .*\n+([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';
  const body = `<h1>poortwachter <small>${escapeHtml(pkg.version)}</small></h1>
<p>${inlineMarkdown(intro.replace(/\n/g, ' '))}</p>
<div class="cards">
<a class="card" href="playground.html"><strong>Playground</strong><span>Enter a case and see its deadlines, statuses and legal basis; download them as a calendar.</span></a>
<a class="card" href="spoor2.html"><strong>Spoor 2 check</strong><span>Must spoor 2 start, by when, and what is missing (checkSpoor2Readiness).</span></a>
<a class="card" href="api/index.html"><strong>API reference</strong><span>Every exported function and type (typedoc).</span></a>
<a class="card" href="readme.html"><strong>README</strong><span>Install, examples, conventions, the command-line program.</span></a>
</div>
<h2>Guides</h2>
<ul>${guideLinks.join('')}</ul>`;
  writeFileSync(join(out, 'index.html'), page({ title: 'Home', body, active: 'home' }));
  log(`site: written to ${out}`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  buildSite({ out: outIdx >= 0 ? args[outIdx + 1] : undefined, skipApi: args.includes('--skip-api') }).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
