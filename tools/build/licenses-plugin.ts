/** dist/THIRD-PARTY-LICENSES.txt: the licence of every package whose code is in the built app
 * (review L8). MIT and ISC ask for their notice in copies, and the minifier drops the banners.
 * The list comes from the bundle itself (each module's path under node_modules), so a package
 * added or dropped is added or dropped here without anyone remembering to. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The package a module belongs to: the last node_modules/<name> or node_modules/@scope/name. */
export function packageOf(id: string): string | undefined {
  const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/\\/g, '/'));
  return m?.[1];
}

export function licencesText(root: string, packages: string[]): string {
  const parts = [
    'Third-party software in the kinship care checker',
    '',
    'The checker includes the following open-source packages. Each is listed with its version,',
    'its licence and the licence text from the package.',
    '',
  ];
  for (const name of [...new Set(packages)].sort()) {
    const dir = join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string; license?: string; homepage?: string };
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
    if (!file) throw new Error(`${name} has no licence file to ship (review L8): add its licence text by hand`);
    parts.push('='.repeat(78), `${name} ${pkg.version ?? ''}`.trim(), `Licence: ${pkg.license ?? 'see below'}`, ...(pkg.homepage ? [`Home: ${pkg.homepage}`] : []), '', readFileSync(join(dir, file), 'utf8').trim(), '');
  }
  return `${parts.join('\n')}\n`;
}

export function licencesPlugin(root: string): Plugin {
  return {
    name: 'kinship-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages: string[] = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const p = packageOf(id);
          if (p && existsSync(join(root, 'node_modules', p, 'package.json'))) packages.push(p);
        }
      }
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: licencesText(root, packages) });
    },
  };
}
