import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// scripts/site.mjs is a plain Node script (no types); loaded by URL so tsc does not resolve it.
interface SiteScript {
  markdownToHtml(md: string): string;
  slugify(text: string): string;
}
const url = pathToFileURL(resolve(import.meta.dirname, '../../scripts/site.mjs')).href;
const { markdownToHtml, slugify } = (await import(url)) as SiteScript;

describe('the markdown converter of scripts/site.mjs', () => {
  it('renders headings with ids, paragraphs, inline code, links to other guides and emphasis', () => {
    const html = markdownToHtml('# Spoor 2 — `check`\n\nSee [the CLI](cli.md#today) and the **law**, *really*.\nSecond line.');
    expect(html).toBe('<h1 id="spoor-2--check">Spoor 2 — <code>check</code></h1>\n<p>See <a href="cli.html#today">the CLI</a> and the <strong>law</strong>, <em>really</em>. Second line.</p>');
  });

  it('renders lists (nested), fenced code and tables, escaping HTML', () => {
    const html = markdownToHtml('- a\n  more\n  - b\n- c <x>\n\n1. one\n2. two\n\n```ts\nconst a = 1 < 2;\n```\n\n| A | B |\n|---|--:|\n| `x|y` | [w](https://wetten.overheid.nl/x) |');
    expect(html).toContain('<ul><li>a more<ul><li>b</li></ul></li><li>c &lt;x&gt;</li></ul>');
    expect(html).toContain('<ol><li>one</li><li>two</li></ol>');
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>'.replace('\n</code>', '</code>'));
    expect(html).toContain('<th>A</th><th style="text-align:right">B</th>');
    expect(html).toContain('<a href="https://wetten.overheid.nl/x">w</a>');
  });

  it('points README links to docs at their pages', () => {
    expect(markdownToHtml('[`docs/spoor-2.md`](docs/spoor-2.md)')).toBe('<p><a href="docs/spoor-2.html"><code>docs/spoor-2.md</code></a></p>');
    expect(markdownToHtml('[readme](../README.md)')).toBe('<p><a href="../readme.html">readme</a></p>');
  });

  it('gives repeated headings distinct ids', () => {
    expect(markdownToHtml('## Example\n\n## Example')).toBe('<h2 id="example">Example</h2>\n<h2 id="example-1">Example</h2>');
    expect(slugify('Wet & Recht 2.0')).toBe('wet--recht-20');
  });

  it('renders every guide without leaving markdown syntax behind in headings and tables', () => {
    for (const f of ['README.md', 'docs/spoor-2.md', 'docs/cli.md']) {
      const html = markdownToHtml(readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8'));
      expect(html).not.toMatch(/<h\d[^>]*>#/);
      expect(html).not.toMatch(/<p>\|/);
      expect(html).not.toMatch(/<p>```/);
    }
  });
});
