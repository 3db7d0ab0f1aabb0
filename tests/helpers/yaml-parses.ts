/**
 * Counts the content reader's YAML parses, for tests of what its caches spare it: `yaml`'s `parseDocument` (positioned
 * parses, and team files) and `js-yaml`'s `load` (a recap's fast first parse, src/recap/fast-yaml.ts). `vi.mock` is
 * hoisted above a test file's imports, so the file mocks both modules itself and takes the factories from here:
 *
 *     vi.mock('yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingYaml(original));
 *     vi.mock('js-yaml', async (original) => (await import('../helpers/yaml-parses.ts')).countingJsYaml(original));
 *
 * and reads or resets `parses.count`. This module imports neither, so the mocks apply to every import of them.
 */
import type * as Yaml from 'yaml';
import type * as JsYaml from 'js-yaml';

/** Parses counted since the count was last reset (in this thread: workers' parses are their own). */
export const parses = { count: 0 };

/** The `yaml` module with `parseDocument` counted in `parses`. */
export async function countingYaml(original: <T>() => Promise<T>): Promise<typeof Yaml> {
  const yaml = await original<typeof Yaml>();
  return {
    ...yaml,
    parseDocument: ((...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count++;
      return yaml.parseDocument(...args);
    }) as typeof yaml.parseDocument,
  };
}

/** The `js-yaml` module (its default export and its named one) with `load` counted in `parses`. */
export async function countingJsYaml(original: <T>() => Promise<T>): Promise<{ default: typeof JsYaml } & typeof JsYaml> {
  const module = await original<{ default: typeof JsYaml } & typeof JsYaml>();
  const load: typeof JsYaml.load = (...args) => {
    parses.count++;
    return module.default.load(...args);
  };
  return { ...module, load, default: { ...module.default, load } };
}
